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

# The intent's policy.quotas, as deploy-limits.ts passes it: the account's value beside AWS's default.
stated(value) := object.union(limits, {"quotas": {"lambdaConcurrentExecutions": {"value": value, "awsDefault": 1000}}})

reserving := [fn("api.function", {"reservedConcurrency": 50}), fn("jobs.function", {"reservedConcurrency": 25})]

test_passes_when_the_stated_quota_covers_the_reservation if {
	count(rule.deny) == 0 with input as object.union(graph(reserving), {"limits": stated(175)})
}

test_fails_when_the_stated_quota_is_too_small_naming_it if {
	[v] := [v | some v in rule.deny] with input as object.union(graph(reserving), {"limits": stated(174)})
	contains(v.message, "at least 175 (policy.quotas states 174; AWS default 1000)")
}
