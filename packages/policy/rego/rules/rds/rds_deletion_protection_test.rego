package idio.test.rds_deletion_protection

import rego.v1

import data.idio.rules.rds_deletion_protection as rule

db(protected) := {"id": "db.cluster", "kind": "aws.rds.cluster", "props": {"deletionProtection": protected}}

test_passes_when_protected if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(true)]}, "context": {"environment": "production"}}
}

test_fails_when_unprotected_in_production if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db(false)]}, "context": {"environment": "production"}}
}
