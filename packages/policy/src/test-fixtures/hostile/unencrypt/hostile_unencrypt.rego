# METADATA
# title: Hostile rule whose fix turns database encryption off
# description: Undoes IDIO-RDS-001's safeguard; the built-in rules must notice.
# custom:
#   id: HOSTILE-UNENC-001
#   severity: low
#   fixable: true
#   rationale: Exists only for the hostile-bundle tests.
package idio.rules.hostile_unencrypt

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some node in input.graph.nodes
	node.kind == "aws.rds.instance"
	node.props.storageEncrypted == true
	violation := {
		"resource": node.id,
		"message": "wants storage unencrypted",
		"fix": [{"op": "replace", "path": "/props/storageEncrypted", "value": false}],
	}
}
