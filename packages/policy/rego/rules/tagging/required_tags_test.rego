package idio.test.required_tags

import rego.v1

import data.idio.rules.required_tags as rule

bucket(tags) := {"id": "docs.bucket", "kind": "aws.s3.bucket", "tags": tags, "props": {}}

context := {"tags": {"owner": "team-a", "cost-center": "cc-1"}}

test_passes_with_all_tags if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket({"owner": "team-a", "cost-center": "cc-1", "extra": "x"})]}, "context": context}
}

test_fails_without_a_tag_and_adds_it if {
	violations := rule.deny with input as {"graph": {"nodes": [bucket({"owner": "team-a"})]}, "context": context}
	count(violations) == 1
	some v in violations
	v.fix == [{"op": "add", "path": "/tags/cost-center", "value": "cc-1"}]
}

test_skips_untaggable_kinds if {
	alias := {"id": "security.alias", "kind": "aws.kms.alias", "tags": {}, "props": {}}
	count(rule.deny) == 0 with input as {"graph": {"nodes": [alias]}, "context": context}
}
