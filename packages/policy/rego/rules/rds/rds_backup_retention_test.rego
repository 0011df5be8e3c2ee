package idio.test.rds_backup_retention

import rego.v1

import data.idio.rules.rds_backup_retention as rule

db(days) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"backupRetentionDays": days}}

context := {"environment": "production", "disasterRecovery": {"backupRetentionDays": 90}}

test_passes_at_the_rds_maximum if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(35)]}, "context": context}
}

test_fails_below_the_intent_and_fixes_to_35 if {
	violations := rule.deny with input as {"graph": {"nodes": [db(7)]}, "context": context}
	count(violations) == 1
	some v in violations
	v.fix[0].value == 35
}
