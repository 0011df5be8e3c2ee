package idio.test.backup_retention_compliance

import rego.v1

import data.idio.rules.backup_retention_compliance as rule

plan(days) := {"id": "recovery.plan", "kind": "aws.backup.plan", "props": {"rules": [{"name": "daily", "deleteAfterDays": days}]}}

hipaa := {"compliance": ["hipaa"], "disasterRecovery": {"backupRetentionDays": 35}}

test_passes_at_six_years if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [plan(2190)]}, "context": hipaa}
}

test_fails_at_35_days_under_hipaa if {
	violations := rule.deny with input as {"graph": {"nodes": [plan(35)]}, "context": hipaa}
	count(violations) == 1
	some v in violations
	v.fix == [{"op": "replace", "path": "/props/rules/0/deleteAfterDays", "value": 2190}]
}

test_continuous_backups_need_only_35_days if {
	plan := {"id": "recovery.plan", "kind": "aws.backup.plan", "props": {"rules": [
		{"name": "daily", "deleteAfterDays": 2190},
		{"name": "continuous", "deleteAfterDays": 35, "enableContinuousBackup": true},
	]}}
	count(rule.deny) == 0 with input as {"graph": {"nodes": [plan]}, "context": hipaa}
}
