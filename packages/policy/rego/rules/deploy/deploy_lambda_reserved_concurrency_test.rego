package idio.test.deploy_lambda_reserved_concurrency

import rego.v1

import data.idio.rules.deploy_lambda_reserved_concurrency as rule
import data.idio.test.deploy_limits.limits

fn(id, props) := {"id": id, "kind": "aws.lambda.function", "region": "primary", "props": props}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_without_reservation if {
	count(rule.deny) == 0 with input as graph([fn("api.function", {})])
}

test_fails_with_reservation_naming_the_quota if {
	[v] := [v | some v in rule.deny] with input as graph([
		fn("api.function", {"reservedConcurrency": 50}),
		fn("jobs.function", {"reservedConcurrency": 25}),
	])
	v.resource == "api.function"
	contains(v.message, "reserve 75 ")
	contains(v.message, "at least 175 ")
	contains(v.message, "L-B99A9384")
}
