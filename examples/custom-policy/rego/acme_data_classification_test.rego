package idio.test.acme_data_classification

import rego.v1

import data.idio.rules.acme_data_classification as rule

bucket(tags) := {"id": "docs.bucket", "kind": "aws.s3.bucket", "tags": tags, "props": {}}

test_passes_with_a_classification if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket({"data-classification": "internal"})]}, "context": {}}
}

test_fails_without_one if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [bucket({})]}, "context": {}}
}
