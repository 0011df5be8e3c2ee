package idio.test.rds_final_snapshot

import rego.v1

import data.idio.rules.rds_final_snapshot as rule

db(skip) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"identifier": "shop-db", "skipFinalSnapshot": skip}}

test_passes_with_a_final_snapshot if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(false)]}, "context": {"environment": "production"}}
}

test_fails_when_skipped_in_production if {
	violations := rule.deny with input as {"graph": {"nodes": [db(true)]}, "context": {"environment": "production"}}
	count(violations) == 1
	some v in violations
	v.fix[1].value == "shop-db-final"
}

test_passes_for_a_global_secondary if {
	secondary := {"id": "dr.db.cluster", "kind": "aws.rds.cluster", "region": "dr", "props": {"identifier": "x", "skipFinalSnapshot": true, "globalClusterIdentifier": {"ref": "db.global", "attr": "id"}}}
	count(rule.deny) == 0 with input as {"graph": {"nodes": [secondary]}, "context": {"environment": "production"}}
}

test_passes_for_a_global_secondary_in_a_serving_region if {
	secondary := {"id": "us-west-2.db.cluster", "kind": "aws.rds.cluster", "region": "us-west-2", "props": {"identifier": "x", "skipFinalSnapshot": true, "globalClusterIdentifier": {"ref": "db.global", "attr": "id"}}}
	count(rule.deny) == 0 with input as {"graph": {"nodes": [secondary]}, "context": {"environment": "production"}}
}

test_fails_for_the_primary_cluster_of_a_global_database if {
	primary := {"id": "db.cluster", "kind": "aws.rds.cluster", "region": "primary", "props": {"identifier": "x", "skipFinalSnapshot": true, "globalClusterIdentifier": {"ref": "db.global", "attr": "id"}}}
	count(rule.deny) == 1 with input as {"graph": {"nodes": [primary]}, "context": {"environment": "production"}}
}
