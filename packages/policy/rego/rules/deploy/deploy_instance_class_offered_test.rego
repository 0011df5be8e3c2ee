package idio.test.deploy_instance_class_offered

import rego.v1

import data.idio.rules.deploy_instance_class_offered as rule
import data.idio.test.deploy_limits.limits

cluster(global) := {"id": "db.cluster", "kind": "aws.rds.cluster", "region": "primary", "props": {"globalClusterIdentifier": global}}

writer(class) := {"id": "db.writer", "kind": "aws.rds.cluster_instance", "region": "primary", "props": {
	"instanceClass": class,
	"clusterIdentifier": {"ref": "db.cluster", "attr": "id"},
}}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_with_an_aurora_class if {
	count(rule.deny) == 0 with input as graph([cluster({"ref": "db.global", "attr": "id"}), writer("db.r7g.large")])
}

test_passes_burstable_outside_a_global_database if {
	count(rule.deny) == 0 with input as graph([cluster(null), writer("db.t4g.medium")])
}

test_fails_for_a_class_aurora_does_not_offer if {
	[v] := [v | some v in rule.deny] with input as graph([cluster(null), writer("db.m7g.large")])
	v.resource == "db.writer"
	contains(v.message, "db.m7g.large")
}

test_fails_burstable_in_a_global_database if {
	[v] := [v | some v in rule.deny] with input as graph([cluster({"ref": "db.global", "attr": "id"}), writer("db.t4g.medium")])
	contains(v.message, "global database")
}
