# METADATA
# title: Reuses a built-in rule id
# description: Claims IDIO-S3-001, which the built-in rules own (IDIO505).
# custom:
#   id: IDIO-S3-001
#   severity: low
#   controls:
#     soc2: ["CC6.1"]
package idio.rules.duplicate_id

import rego.v1

metadata := rego.metadata.chain()

deny contains {"resource": node.id, "message": "duplicate"} if {
	some node in input.graph.nodes
	node.kind == "aws.kms.key"
}
