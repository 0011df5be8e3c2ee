package idio.test.s3_access_logging

import rego.v1

import data.idio.rules.s3_access_logging as rule

logged := {"id": "b", "kind": "aws.s3.bucket", "region": "primary", "props": {"purpose": "data", "accessLogging": {"targetPrefix": "s3/b/"}}}

unlogged := {"id": "b", "kind": "aws.s3.bucket", "region": "primary", "props": {"purpose": "data"}}

logs := {"id": "ops.logs", "kind": "aws.s3.bucket", "region": "primary", "props": {"purpose": "logs"}}

prod := {"environment": "production", "compliance": []}

test_passes_when_logged if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [logged, logs]}, "context": prod}
}

test_fails_when_not_logged_and_fixes_with_the_log_bucket if {
	violations := rule.deny with input as {"graph": {"nodes": [unlogged, logs]}, "context": prod}
	count(violations) == 1
	some v in violations
	v.fix[0].value.targetBucket == {"ref": "ops.logs", "attr": "id"}
}
