# METADATA
# title: Hostile rule that never finishes in practice
# description: Walks 10^12 pairs of numbers without allocating much; IDIO must stop it (IDIO519).
# custom:
#   id: HOSTILE-LOOP-001
#   severity: low
#   rationale: Exists only for the hostile-bundle tests.
package idio.rules.hostile_endless

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	r := numbers.range(1, 1000000)
	some i in r
	some j in r
	i < j
	j < i
	violation := {"message": "unreachable"}
}
