package idio.test.rds_not_public

import rego.v1

import data.idio.rules.rds_not_public as rule

db(public) := {"id": "db.writer", "kind": "aws.rds.cluster_instance", "props": {"publiclyAccessible": public}}

test_passes_when_private if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(false)]}, "context": {}}
}

test_fails_when_public if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db(true)]}, "context": {}}
}
