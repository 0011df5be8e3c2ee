package idio.test.data_store_customer_managed_key

import rego.v1

import data.idio.rules.data_store_customer_managed_key as rule

table(sse) := {"id": "orders.table", "kind": "aws.dynamodb.table", "region": "primary", "props": {"serverSideEncryption": sse}}

key := {"id": "security.key", "kind": "aws.kms.key", "region": "primary", "props": {"servicePrincipals": []}}

kms := {"security": {"encryptionAtRest": true}, "compliance": []}

test_passes_with_a_key if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [table({"enabled": true, "kmsKeyArn": {"ref": "security.key", "attr": "arn"}}), key]}, "context": kms}
}

test_fails_without_a_key_and_fixes_with_the_regions_key if {
	violations := rule.deny with input as {"graph": {"nodes": [table({"enabled": false}), key]}, "context": kms}
	count(violations) == 1
	some v in violations
	v.fix == [
		{"op": "add", "path": "/props/serverSideEncryption/kmsKeyArn", "value": {"ref": "security.key", "attr": "arn"}},
		{"op": "replace", "path": "/props/serverSideEncryption/enabled", "value": true},
	]
}

test_not_required_without_encryption_at_rest if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [table({"enabled": false})]}, "context": {"security": {"encryptionAtRest": false}, "compliance": ["gdpr"]}}
}
