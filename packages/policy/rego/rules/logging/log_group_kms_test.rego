package idio.test.log_group_kms

import rego.v1

import data.idio.rules.log_group_kms as rule

group(key) := {"id": "api.logs", "kind": "aws.logs.log_group", "region": "primary", "props": key}

key := {"id": "security.key", "kind": "aws.kms.key", "region": "primary", "props": {"servicePrincipals": ["logs"]}}

test_passes_with_a_key if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [group({"kmsKeyId": {"ref": "security.key", "attr": "arn"}})]}, "context": {}}
}

test_fails_without_a_key_and_fixes_with_one_logs_may_use if {
	violations := rule.deny with input as {"graph": {"nodes": [group({}), key]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.fix[0].value.ref == "security.key"
}
