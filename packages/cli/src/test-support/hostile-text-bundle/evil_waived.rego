# METADATA
# title: "Evil waived \u001b[5mtitle"
# description: A plan-wide finding the hostile intent waives (its reason is hostile).
# custom:
#   id: EVIL-TXT-002
#   severity: low
#   fixable: false
#   rationale: Exercises the waived list.
package idio.rules.evil_waived

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	input.graph.nodes
	violation := {"message": "Evil plan-wide \u001b[31mfinding\u202e"}
}
