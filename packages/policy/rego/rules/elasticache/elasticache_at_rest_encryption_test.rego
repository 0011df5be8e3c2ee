package idio.test.elasticache_at_rest_encryption

import rego.v1

import data.idio.rules.elasticache_at_rest_encryption as rule

cache(on) := {"id": "cache.redis", "kind": "aws.elasticache.replication_group", "props": {"atRestEncryption": on}}

test_passes_when_encrypted if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cache(true)]}, "context": {}}
}

test_fails_when_unencrypted if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cache(false)]}, "context": {}}
}
