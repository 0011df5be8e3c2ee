package idio.test.deploy_name_length

import rego.v1

import data.idio.rules.deploy_name_length as rule
import data.idio.test.deploy_limits.limits

cache(id) := {"id": "cache.replication-group", "kind": "aws.elasticache.replication_group", "region": "primary", "props": {"replicationGroupId": id}}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_at_the_limit if {
	count(rule.deny) == 0 with input as graph([cache(concat("", ["a" | some _ in numbers.range(1, 40)]))])
}

test_passes_with_a_computed_name if {
	count(rule.deny) == 0 with input as graph([cache({"ref": "x", "attr": "name"})])
}

test_fails_one_past_the_limit if {
	[v] := [v | some v in rule.deny] with input as graph([cache(concat("", ["a" | some _ in numbers.range(1, 41)]))])
	v.resource == "cache.replication-group"
	contains(v.message, "is 41 characters")
	contains(v.message, "at most 40")
}
