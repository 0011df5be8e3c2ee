package idio.test.log_retention_compliance

import rego.v1

import data.idio.rules.log_retention_compliance as rule

group(days) := {"id": "api.logs", "kind": "aws.logs.log_group", "props": {"retentionInDays": days}}

hipaa := {"compliance": ["hipaa", "soc2"]}

test_passes_at_six_years if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [group(2192)]}, "context": hipaa}
}

test_fails_at_one_year_under_hipaa if {
	violations := rule.deny with input as {"graph": {"nodes": [group(365)]}, "context": hipaa}
	count(violations) == 1
	some v in violations
	v.fix[0].value == 2192
}
