package idio.test.sns_encryption

import rego.v1

import data.idio.rules.sns_encryption as rule

topic(props) := {"id": "ops.alarms.topic", "kind": "aws.sns.topic", "region": "primary", "props": props}

key := {"id": "security.kms.key", "kind": "aws.kms.key", "region": "primary", "props": {"servicePrincipals": ["cloudwatch"]}}

test_passes_with_a_key if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [topic({"kmsMasterKeyId": {"ref": "security.kms.key", "attr": "id"}})]}, "context": {}}
}

test_fails_without_a_key_and_fixes_with_one_cloudwatch_may_use if {
	violations := rule.deny with input as {"graph": {"nodes": [topic({}), key]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.fix[0].value == {"ref": "security.kms.key", "attr": "id"}
}
