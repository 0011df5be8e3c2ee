package idio.test.kinesis_encryption

import rego.v1

import data.idio.rules.kinesis_encryption as rule

stream(type) := {"id": "events.stream", "kind": "aws.kinesis.stream", "region": "primary", "props": {"encryption": {"type": type}}}

test_passes_with_kms if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [stream("KMS")]}, "context": {}}
}

test_fails_without_encryption if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [stream("NONE")]}, "context": {}}
}
