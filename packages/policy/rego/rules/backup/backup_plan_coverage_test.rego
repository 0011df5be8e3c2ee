package idio.test.backup_plan_coverage

import rego.v1

import data.idio.rules.backup_plan_coverage as rule

db := {"id": "db.instance", "kind": "aws.rds.instance", "region": "primary", "props": {}}

selection := {"id": "recovery.selection", "kind": "aws.backup.selection", "props": {"resources": [{"ref": "db.instance", "attr": "arn"}]}}

test_passes_when_selected if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db, selection]}, "context": {}}
}

test_fails_when_not_selected if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db]}, "context": {}}
}
