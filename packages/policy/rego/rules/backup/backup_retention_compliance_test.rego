package idio.test.backup_retention_compliance

import rego.v1

import data.idio.rules.backup_retention_compliance as rule

plan(rules) := {"id": "recovery.plan", "kind": "aws.backup.plan", "props": {"rules": rules}}

hipaa := {"compliance": ["hipaa"], "disasterRecovery": {"backupRetentionDays": 35}}

daily(days) := {"name": "daily", "deleteAfterDays": days}

test_passes_with_a_monthly_rule_for_six_years if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [plan([daily(35), {"name": "monthly", "deleteAfterDays": 2190}])]}, "context": hipaa}
}

test_fails_without_a_six_year_rule_and_extends_the_longest if {
	violations := rule.deny with input as {"graph": {"nodes": [plan([daily(35)])]}, "context": hipaa}
	count(violations) == 1
	some v in violations
	v.fix == [{"op": "replace", "path": "/props/rules/0/deleteAfterDays", "value": 2190}]
}

test_fails_below_the_intents_retention if {
	violations := rule.deny with input as {"graph": {"nodes": [plan([daily(7), {"name": "monthly", "deleteAfterDays": 2190}])]}, "context": hipaa}
	count(violations) == 1
	some v in violations
	v.fix == [{"op": "replace", "path": "/props/rules/0/deleteAfterDays", "value": 35}]
}

test_continuous_backups_need_only_35_days if {
	rules := [daily(2190), {"name": "continuous", "deleteAfterDays": 35, "enableContinuousBackup": true}]
	count(rule.deny) == 0 with input as {"graph": {"nodes": [plan(rules)]}, "context": {"compliance": ["hipaa"], "disasterRecovery": {"backupRetentionDays": 90}}}
}
