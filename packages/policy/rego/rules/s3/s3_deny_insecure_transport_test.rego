package idio.test.s3_deny_insecure_transport

import rego.v1

import data.idio.rules.s3_deny_insecure_transport as rule

bucket := {"id": "docs.bucket", "kind": "aws.s3.bucket", "tier": "docs", "region": "primary", "props": {}}

policy(statements) := {"id": "docs.bucket-policy", "kind": "aws.s3.bucket_policy", "region": "primary", "props": {
	"bucket": {"ref": "docs.bucket", "attr": "id"},
	"statements": statements,
}}

tls_statement := {"effect": "Deny", "actions": ["s3:*"], "conditions": {"Bool": {"aws:SecureTransport": ["false"]}}}

test_passes_with_a_deny_statement if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket, policy([tls_statement])]}, "context": {}}
}

test_fails_without_a_policy_and_adds_one if {
	violations := rule.deny with input as {"graph": {"nodes": [bucket]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.add_nodes[0].kind == "aws.s3.bucket_policy"
}

test_fails_with_a_policy_lacking_the_statement_and_extends_it if {
	violations := rule.deny with input as {"graph": {"nodes": [bucket, policy([])]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.fix_resource == "docs.bucket-policy"
	v.fix[0].path == "/props/statements/-"
}
