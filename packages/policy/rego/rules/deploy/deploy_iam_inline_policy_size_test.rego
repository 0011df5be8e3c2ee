package idio.test.deploy_iam_inline_policy_size

import rego.v1

import data.idio.rules.deploy_iam_inline_policy_size as rule
import data.idio.test.deploy_limits.limits

statement(i) := {
	"sid": sprintf("Read%v", [i]),
	"effect": "Allow",
	"actions": ["s3:GetObject", "s3:PutObject"],
	"resources": [{"ref": sprintf("bucket%v", [i]), "attr": "arn"}],
}

role(n) := {"id": "api.role", "kind": "aws.iam.role", "region": "primary", "props": {"inlinePolicies": [{
	"name": "connections",
	"statements": [statement(i) | some i in numbers.range(1, n)],
}]}}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_with_a_small_policy if {
	count(rule.deny) == 0 with input as graph([role(10)])
}

test_counts_references_as_arns if {
	# {"ref":"bucket1","attr":"arn"} is 30 characters; it counts as 40.
	rule.size({"statements": [statement(1)]}) == count(json.marshal({"Version": "2012-10-17", "Statement": [statement(1)]})) + 10
}

test_fails_past_the_limit if {
	[v] := [v | some v in rule.deny] with input as graph([role(120)])
	v.resource == "api.role"
	contains(v.message, "IAM allows 10240 per role")
}
