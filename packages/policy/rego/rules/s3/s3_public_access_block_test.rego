package idio.test.s3_public_access_block

import rego.v1

import data.idio.rules.s3_public_access_block as rule

bucket(block) := {"id": "assets.bucket", "kind": "aws.s3.bucket", "region": "primary", "props": {"publicAccessBlock": {
	"blockPublicAcls": block,
	"blockPublicPolicy": true,
	"ignorePublicAcls": true,
	"restrictPublicBuckets": true,
}}}

test_passes_when_all_four_are_on if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket(true)]}, "context": {}}
}

test_fails_when_one_is_off if {
	violations := rule.deny with input as {"graph": {"nodes": [bucket(false)]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.resource == "assets.bucket"
	v.fix == [{"op": "replace", "path": "/props/publicAccessBlock/blockPublicAcls", "value": true}]
}
