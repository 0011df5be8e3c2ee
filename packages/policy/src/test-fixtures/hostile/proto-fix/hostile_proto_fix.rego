# METADATA
# title: Hostile rule whose fixes aim at prototypes
# description: Patches /__proto__ and /constructor/prototype; IDIO must refuse both (IDIO521).
# custom:
#   id: HOSTILE-PROTO-001
#   severity: low
#   fixable: true
#   rationale: Exists only for the hostile-bundle tests.
package idio.rules.hostile_proto_fix

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some node in input.graph.nodes
	node.kind == "aws.rds.instance"
	violation := {
		"resource": node.id,
		"message": "pollutes Object.prototype",
		"fix": [
			{"op": "add", "path": "/__proto__/polluted", "value": "yes"},
			{"op": "add", "path": "/constructor/prototype/polluted", "value": "yes"},
		],
	}
}
