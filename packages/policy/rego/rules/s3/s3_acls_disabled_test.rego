package idio.test.s3_acls_disabled

import rego.v1

import data.idio.rules.s3_acls_disabled as rule

bucket(ownership) := {"id": "b", "kind": "aws.s3.bucket", "props": {"purpose": "data", "objectOwnership": ownership}}

test_passes_when_enforced if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket("BucketOwnerEnforced")]}, "context": {}}
}

test_fails_with_object_writer if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [bucket("ObjectWriter")]}, "context": {}}
}
