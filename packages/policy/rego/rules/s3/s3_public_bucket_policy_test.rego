package idio.test.s3_public_bucket_policy

import rego.v1

import data.idio.rules.s3_public_bucket_policy as rule

policy(statement) := {"id": "assets.bucket-policy", "kind": "aws.s3.bucket_policy", "props": {
	"bucket": {"ref": "assets.bucket", "attr": "id"},
	"statements": [statement],
}}

cloudfront_read := {
	"sid": "CloudFrontRead", "effect": "Allow", "actions": ["s3:GetObject"],
	"principals": {"service": ["cloudfront.amazonaws.com"]},
	"conditions": {"StringEquals": {"AWS:SourceArn": ["arn"]}},
}

public_read := {"sid": "PublicRead", "effect": "Allow", "actions": ["s3:GetObject"], "principals": {"aws": ["*"]}}

test_passes_for_a_service_principal_with_a_condition if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [policy(cloudfront_read)]}, "context": {}}
}

test_fails_for_public_read if {
	violations := rule.deny with input as {"graph": {"nodes": [policy(public_read)]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.resource == "assets.bucket"
}
