package idio.test.iam_no_service_wildcard

import rego.v1

import data.idio.rules.iam_no_service_wildcard as rule

role(actions) := {"id": "api.task-role", "kind": "aws.iam.role", "props": {"managedPolicies": [], "inlinePolicies": [{"name": "app", "statements": [{"sid": "App", "effect": "Allow", "actions": actions, "resources": [{"ref": "docs.bucket", "attr": "arn"}]}]}]}}

test_passes_for_named_actions if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [role(["s3:GetObject", "s3:PutObject"])]}, "context": {}}
}

test_fails_for_a_service_wildcard if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [role(["s3:*"])]}, "context": {}}
}
