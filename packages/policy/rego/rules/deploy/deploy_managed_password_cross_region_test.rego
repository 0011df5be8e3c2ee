package idio.test.deploy_managed_password_cross_region

import rego.v1

import data.idio.rules.deploy_managed_password_cross_region as rule

db(managed) := {"id": "db.instance", "kind": "aws.rds.instance", "region": "primary", "props": {"manageMasterUserPassword": managed}}

replica(region) := {"id": "dr.db.instance", "kind": "aws.rds.instance", "region": region, "props": {"replicateSourceDb": {"ref": "db.instance", "attr": "arn"}}}

cluster(managed) := {"id": "db.cluster", "kind": "aws.rds.cluster", "region": "primary", "props": {
	"manageMasterUserPassword": managed,
	"globalClusterIdentifier": {"ref": "db.global", "attr": "id"},
}}

graph(nodes) := {"graph": {"region": "us-east-1", "drRegion": "us-west-2", "nodes": nodes}, "context": {}}

test_passes_without_managed_password if {
	count(rule.deny) == 0 with input as graph([db(false), replica("dr"), cluster(false)])
}

test_passes_with_a_same_region_replica if {
	count(rule.deny) == 0 with input as graph([db(true), replica("primary")])
}

test_fails_for_a_global_cluster if {
	[v] := [v | some v in rule.deny] with input as graph([cluster(true)])
	v.resource == "db.cluster"
}

test_fails_for_a_cross_region_replica if {
	[v] := [v | some v in rule.deny] with input as graph([db(true), replica("dr")])
	v.resource == "db.instance"
	contains(v.message, "dr.db.instance in us-west-2")
}
