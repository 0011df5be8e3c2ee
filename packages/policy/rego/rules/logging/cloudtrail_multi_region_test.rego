package idio.test.cloudtrail_multi_region

import rego.v1

import data.idio.rules.cloudtrail_multi_region as rule

trail(on) := {"id": "ops.trail", "kind": "aws.cloudtrail.trail", "props": {"isMultiRegionTrail": on, "includeGlobalServiceEvents": true}}

test_passes_when_multi_region if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [trail(true)]}, "context": {}}
}

test_fails_when_single_region if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [trail(false)]}, "context": {}}
}
