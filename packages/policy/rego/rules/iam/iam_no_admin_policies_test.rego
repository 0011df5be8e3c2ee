package idio.test.iam_no_admin_policies

import rego.v1

import data.idio.rules.iam_no_admin_policies as rule

role(policies) := {"id": "api.task-role", "kind": "aws.iam.role", "props": {"managedPolicies": policies}}

test_passes_for_narrow_policies if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [role(["service-role/AmazonECSTaskExecutionRolePolicy"])]}, "context": {}}
}

test_fails_for_administrator_access if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [role(["AdministratorAccess"])]}, "context": {}}
}
