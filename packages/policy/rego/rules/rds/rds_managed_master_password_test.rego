package idio.test.rds_managed_master_password

import rego.v1

import data.idio.rules.rds_managed_master_password as rule

db(managed) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"manageMasterUserPassword": managed}}

test_passes_when_managed if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(true)]}, "context": {}}
}

test_fails_when_not_managed if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db(false)]}, "context": {}}
}

test_passes_for_a_source_with_a_cross_region_replica if {
	replica := {"id": "dr.db.replica", "kind": "aws.rds.instance", "region": "dr", "props": {
		"manageMasterUserPassword": false,
		"replicateSourceDb": {"ref": "db.instance", "attr": "arn"},
	}}
	source := object.union(db(false), {"region": "primary"})
	count(rule.deny) == 0 with input as {"graph": {"nodes": [source, replica]}, "context": {}}
}
