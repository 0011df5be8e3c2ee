package idio.test.rds_auto_minor_upgrade

import rego.v1

import data.idio.rules.rds_auto_minor_upgrade as rule

db(upgrade) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"autoMinorVersionUpgrade": upgrade}}

test_passes_when_on if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(true)]}, "context": {}}
}

test_fails_when_off if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db(false)]}, "context": {}}
}
