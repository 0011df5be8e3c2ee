package idio.test.dynamodb_deletion_protection

import rego.v1

import data.idio.rules.dynamodb_deletion_protection as rule

table(protected) := {"id": "orders.table", "kind": "aws.dynamodb.table", "props": {"deletionProtection": protected}}

test_passes_when_protected if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [table(true)]}, "context": {"environment": "production"}}
}

test_fails_when_unprotected if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [table(false)]}, "context": {"environment": "production"}}
}
