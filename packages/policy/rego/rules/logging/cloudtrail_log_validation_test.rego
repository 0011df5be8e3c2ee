package idio.test.cloudtrail_log_validation

import rego.v1

import data.idio.rules.cloudtrail_log_validation as rule

trail(on) := {"id": "ops.trail", "kind": "aws.cloudtrail.trail", "props": {"enableLogFileValidation": on}}

test_passes_when_validating if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [trail(true)]}, "context": {}}
}

test_fails_when_not_validating if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [trail(false)]}, "context": {}}
}
