package idio.test.acme_graviton_databases

import rego.v1

import data.idio.rules.acme_graviton_databases as rule

db(class) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"instanceClass": class}}

prod := {"environment": "production"}

test_passes_on_graviton if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db("db.r7g.large")]}, "context": prod}
}

test_fails_on_intel_and_suggests_graviton if {
	violations := rule.deny with input as {"graph": {"nodes": [db("db.m5.large")]}, "context": prod}
	count(violations) == 1
	some v in violations
	v.fix[0].value == "db.m7g.large"
}
