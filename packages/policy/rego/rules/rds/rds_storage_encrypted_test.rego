package idio.test.rds_storage_encrypted

import rego.v1

import data.idio.rules.rds_storage_encrypted as rule

db(encrypted) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"storageEncrypted": encrypted}}

test_passes_when_encrypted if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(true)]}, "context": {}}
}

test_fails_when_unencrypted if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db(false)]}, "context": {}}
}
