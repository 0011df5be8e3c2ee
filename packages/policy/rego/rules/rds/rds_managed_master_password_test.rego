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
