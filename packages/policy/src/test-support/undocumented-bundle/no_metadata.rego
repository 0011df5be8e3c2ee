# A rule package without METADATA: its findings cannot be reported (IDIO505).
package idio.rules.no_metadata

import rego.v1

deny contains {"resource": node.id, "message": "flagged"} if {
	some node in input.graph.nodes
	node.kind == "aws.kms.key"
}
