package idio.test.log_retention

import rego.v1

import data.idio.rules.log_retention as rule

group(days) := {"id": "api.logs", "kind": "aws.logs.log_group", "props": {"retentionInDays": days}}

test_passes_at_90_days_in_production if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [group(90)]}, "context": {"environment": "production"}}
}

test_fails_when_kept_forever if {
	violations := rule.deny with input as {"graph": {"nodes": [group(0)]}, "context": {"environment": "production"}}
	count(violations) == 1
	some v in violations
	v.fix[0].value == 90
}
