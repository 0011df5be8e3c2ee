package idio.test.dynamodb_point_in_time_recovery

import rego.v1

import data.idio.rules.dynamodb_point_in_time_recovery as rule

table(pitr) := {"id": "orders.table", "kind": "aws.dynamodb.table", "props": {"pointInTimeRecovery": pitr}}

test_passes_with_pitr if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [table(true)]}, "context": {}}
}

test_fails_without_pitr if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [table(false)]}, "context": {}}
}
