package idio.test.rds_log_exports

import rego.v1

import data.idio.rules.rds_log_exports as rule

db(exports) := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"engine": "mysql", "cloudwatchLogsExports": exports}}

test_passes_with_exports if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db(["error"])]}, "context": {}}
}

test_fails_without_exports if {
	violations := rule.deny with input as {"graph": {"nodes": [db([])]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.fix[0].value == ["error", "slowquery"]
}
