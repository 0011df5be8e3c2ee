package idio.test.deploy_name_unique

import rego.v1

import data.idio.rules.deploy_name_unique as rule
import data.idio.test.deploy_limits.limits

cache(id, name, region) := {"id": id, "kind": "aws.elasticache.replication_group", "region": region, "props": {"replicationGroupId": name}}

role(id, name, region) := {"id": id, "kind": "aws.iam.role", "region": region, "props": {"name": name}}

graph(nodes) := {"graph": {"region": "us-east-1", "drRegion": "us-west-2", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_in_different_regions if {
	count(rule.deny) == 0 with input as graph([
		cache("sessions.cache", "shop-prod-sessions", "primary"),
		cache("dr.sessions.cache", "shop-prod-sessions", "dr"),
	])
}

test_fails_for_truncated_names_in_one_region if {
	[v] := [v | some v in rule.deny] with input as graph([
		cache("sessions.cache", "shop-prod-a-very-long-application-name-ses", "primary"),
		cache("sessions2.cache", "Shop-prod-a-very-long-application-name-ses", "primary"),
	])
	v.resource == "sessions2.cache"
	contains(v.message, "is also the replicationGroupId of sessions.cache in us-east-1")
}

test_fails_for_roles_across_regions if {
	[v] := [v | some v in rule.deny] with input as graph([
		role("api.role", "shop-prod-api", "primary"),
		role("dr.api.role", "shop-prod-api", "dr"),
	])
	v.resource == "dr.api.role"
	contains(v.message, "in the account")
}
