package idio.test.rds_multi_az

import rego.v1

import data.idio.rules.rds_multi_az as rule

db(multi_az) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"multiAz": multi_az}}

cluster := {"id": "db.cluster", "kind": "aws.rds.cluster", "props": {}}

member(id) := {"id": id, "kind": "aws.rds.cluster_instance", "props": {"clusterIdentifier": {"ref": "db.cluster", "attr": "id"}}}

prod := {"environment": "production"}

test_passes_when_multi_az if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(true)]}, "context": prod}
}

test_passes_outside_production if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(false)]}, "context": {"environment": "development"}}
}

test_fails_single_az_in_production if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db(false)]}, "context": prod}
}

test_passes_for_a_cluster_with_two_instances if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cluster, member("db.writer"), member("db.reader-1")]}, "context": prod}
}

test_fails_for_a_cluster_with_one_instance if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cluster, member("db.writer")]}, "context": prod}
}
