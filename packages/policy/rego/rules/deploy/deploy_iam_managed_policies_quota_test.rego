package idio.test.deploy_iam_managed_policies_quota

import rego.v1

import data.idio.rules.deploy_iam_managed_policies_quota as rule
import data.idio.test.deploy_limits.limits

role(n) := {"id": "api.role", "kind": "aws.iam.role", "region": "primary", "props": {"managedPolicies": [sprintf("policy-%v", [i]) | some i in numbers.range(1, n)]}}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_with_ten if {
	count(rule.deny) == 0 with input as graph([role(10)])
}

test_fails_with_eleven if {
	[v] := [v | some v in rule.deny] with input as graph([role(11)])
	v.resource == "api.role"
	contains(v.message, "11 managed policies")
	contains(v.message, "L-0DA4ABF3")
}
