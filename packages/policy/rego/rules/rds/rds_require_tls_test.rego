package idio.test.rds_require_tls

import rego.v1

import data.idio.rules.rds_require_tls as rule

db := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"engine": "postgres", "parameterGroupName": {"ref": "db.parameters", "attr": "name"}}}

group(parameters) := {"id": "db.parameters", "kind": "aws.rds.parameter_group", "props": {"parameters": parameters}}

tls := {"security": {"encryptionInTransit": true}, "compliance": []}

test_passes_with_force_ssl if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db, group([{"name": "rds.force_ssl", "value": "1", "applyMethod": "pending-reboot"}])]}, "context": tls}
}

test_fails_without_force_ssl_and_adds_it if {
	violations := rule.deny with input as {"graph": {"nodes": [db, group([])]}, "context": tls}
	count(violations) == 1
	some v in violations
	v.fix_resource == "db.parameters"
	v.fix[0].value.name == "rds.force_ssl"
}

test_fails_with_force_ssl_off_and_replaces_it if {
	violations := rule.deny with input as {"graph": {"nodes": [db, group([{"name": "rds.force_ssl", "value": "0", "applyMethod": "immediate"}])]}, "context": tls}
	count(violations) == 1
	some v in violations
	v.fix[0].path == "/props/parameters/0"
}

test_fails_for_a_global_secondary_and_copies_the_primarys_group if {
	primary := {"id": "db.cluster", "kind": "aws.rds.cluster", "region": "primary", "props": {"engine": "aurora-postgresql", "globalClusterIdentifier": {"ref": "db.global", "attr": "id"}, "clusterParameterGroupName": {"ref": "db.cluster-parameter-group", "attr": "name"}}}
	group := {"id": "db.cluster-parameter-group", "kind": "aws.rds.cluster_parameter_group", "region": "primary", "props": {"parameters": [{"name": "rds.force_ssl", "value": "1", "applyMethod": "pending-reboot"}]}}
	secondary := {"id": "dr.db.cluster", "kind": "aws.rds.cluster", "region": "dr", "tier": "db", "props": {"engine": "aurora-postgresql", "globalClusterIdentifier": {"ref": "db.global", "attr": "id"}}}
	violations := rule.deny with input as {"graph": {"nodes": [primary, group, secondary]}, "context": tls}
	count(violations) == 1
	some v in violations
	v.resource == "dr.db.cluster"
	v.add_nodes[0].id == "dr.db.cluster-parameter-group"
	v.add_nodes[0].region == "dr"
	v.fix[0].value == {"ref": "dr.db.cluster-parameter-group", "attr": "name"}
}
