package idio.test.iam_no_wildcard_resource

import rego.v1

import data.idio.rules.iam_no_wildcard_resource as rule

role(actions) := {"id": "api.task-role", "kind": "aws.iam.role", "props": {"managedPolicies": [], "inlinePolicies": [{"name": "app", "statements": [{"sid": "App", "effect": "Allow", "actions": actions, "resources": ["*"]}]}]}}

test_passes_for_actions_that_only_take_star if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [role(["ecr:GetAuthorizationToken", "xray:PutTraceSegments"])]}, "context": {}}
}

test_fails_for_data_actions_on_star if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [role(["dynamodb:GetItem"])]}, "context": {}}
}
