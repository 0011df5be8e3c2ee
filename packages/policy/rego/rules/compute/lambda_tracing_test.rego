package idio.test.lambda_tracing

import rego.v1

import data.idio.rules.lambda_tracing as rule

fn(tracing) := {"id": "app.function", "kind": "aws.lambda.function", "props": {"tracing": tracing}}

test_passes_when_active if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [fn("Active")]}, "context": {}}
}

test_fails_when_passing_through if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [fn("PassThrough")]}, "context": {}}
}
