package idio.test.sqs_encryption

import rego.v1

import data.idio.rules.sqs_encryption as rule

queue(sse) := {"id": "jobs.queue", "kind": "aws.sqs.queue", "props": {"sqsManagedSse": sse}}

test_passes_with_sse if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [queue(true)]}, "context": {}}
}

test_fails_without_encryption if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [queue(false)]}, "context": {}}
}
