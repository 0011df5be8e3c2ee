package idio.test.elb_access_logs

import rego.v1

import data.idio.rules.elb_access_logs as rule

lb(logs) := {"id": "web.lb", "kind": "aws.elbv2.load_balancer", "region": "primary", "props": object.union({"internal": false}, logs)}

bucket := {"id": "ops.logs", "kind": "aws.s3.bucket", "region": "primary", "props": {"purpose": "logs"}}

prod := {"environment": "production", "compliance": []}

test_passes_with_logs if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb({"accessLogs": {"prefix": "alb"}}), bucket]}, "context": prod}
}

test_fails_without_logs_and_fixes_with_the_log_bucket if {
	violations := rule.deny with input as {"graph": {"nodes": [lb({}), bucket]}, "context": prod}
	count(violations) == 1
	some v in violations
	v.fix[0].value.bucket.ref == "ops.logs"
}
