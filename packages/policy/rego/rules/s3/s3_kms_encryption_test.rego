package idio.test.s3_kms_encryption

import rego.v1

import data.idio.rules.s3_kms_encryption as rule

bucket(algorithm) := {"id": "docs.bucket", "kind": "aws.s3.bucket", "region": "primary", "props": {
	"purpose": "data",
	"encryption": {"algorithm": algorithm, "bucketKeyEnabled": true},
}}

key := {"id": "security.key", "kind": "aws.kms.key", "region": "primary", "props": {"servicePrincipals": []}}

context := {"security": {"encryptionAtRest": true}, "compliance": []}

test_passes_with_kms if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket("aws:kms")]}, "context": context}
}

test_fails_with_sse_s3_and_fixes_with_the_key if {
	violations := rule.deny with input as {"graph": {"nodes": [bucket("AES256"), key]}, "context": context}
	count(violations) == 1
	some v in violations
	v.fix[0].value.kmsKeyId == {"ref": "security.key", "attr": "arn"}
}

test_not_required_when_encryption_at_rest_is_off if {
	count(rule.deny) == 0 with input as {
		"graph": {"nodes": [bucket("AES256")]},
		"context": {"security": {"encryptionAtRest": false}, "compliance": []},
	}
}
