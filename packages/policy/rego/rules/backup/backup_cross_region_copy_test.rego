package idio.test.backup_cross_region_copy

import rego.v1

import data.idio.rules.backup_cross_region_copy as rule

plan(r) := {"id": "recovery.plan", "kind": "aws.backup.plan", "region": "primary", "props": {"rules": [r]}}

dr := {"disasterRecovery": {"crossRegionReplication": true}}

test_passes_with_a_copy if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [plan({"name": "daily", "copyTo": {"deleteAfterDays": 35}})]}, "context": dr}
}

test_fails_without_a_copy if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [plan({"name": "daily"})]}, "context": dr}
}
