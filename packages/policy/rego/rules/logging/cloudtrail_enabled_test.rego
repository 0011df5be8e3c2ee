package idio.test.cloudtrail_enabled

import rego.v1

import data.idio.rules.cloudtrail_enabled as rule

trail := {"id": "ops.trail", "kind": "aws.cloudtrail.trail", "props": {}}

test_passes_with_a_trail if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [trail]}, "context": {}}
}

test_fails_without_a_trail if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": []}, "context": {}}
}
