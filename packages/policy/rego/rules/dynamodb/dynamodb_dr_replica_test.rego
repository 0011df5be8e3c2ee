package idio.test.dynamodb_dr_replica

import rego.v1

import data.idio.rules.dynamodb_dr_replica as rule

table(regions) := {"id": "orders.table", "kind": "aws.dynamodb.table", "region": "primary", "props": {"replicaRegions": regions, "streamEnabled": false}}

dr := {"disasterRecovery": {"crossRegionReplication": true}}

test_passes_with_a_replica if {
	count(rule.deny) == 0 with input as {"graph": {"drRegion": "us-west-2", "nodes": [table(["us-west-2"])]}, "context": dr}
}

test_fails_without_a_replica if {
	violations := rule.deny with input as {"graph": {"drRegion": "us-west-2", "nodes": [table([])]}, "context": dr}
	count(violations) == 1
	some v in violations
	v.fix[0].value == ["us-west-2"]
}
