package idio.test.elasticache_transit_encryption

import rego.v1

import data.idio.rules.elasticache_transit_encryption as rule

cache(on) := {"id": "cache.redis", "kind": "aws.elasticache.replication_group", "props": {"transitEncryption": on}}

tls := {"security": {"encryptionInTransit": true}, "compliance": []}

test_passes_with_tls if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cache(true)]}, "context": tls}
}

test_fails_without_tls if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cache(false)]}, "context": tls}
}
