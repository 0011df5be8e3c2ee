package idio.test.cloudtrail_kms

import rego.v1

import data.idio.rules.cloudtrail_kms as rule

trail(props) := {"id": "ops.trail", "kind": "aws.cloudtrail.trail", "region": "primary", "props": props}

test_passes_with_a_key if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [trail({"kmsKeyId": {"ref": "k", "attr": "arn"}})]}, "context": {}}
}

test_fails_without_a_key if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [trail({})]}, "context": {}}
}
