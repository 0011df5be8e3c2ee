package idio.test.elasticache_multi_az

import rego.v1

import data.idio.rules.elasticache_multi_az as rule

cache(n, on) := {"id": "cache.redis", "kind": "aws.elasticache.replication_group", "props": {"numCacheClusters": n, "automaticFailover": on, "multiAz": on}}

prod := {"environment": "production"}

test_passes_with_a_replica if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cache(2, true)]}, "context": prod}
}

test_fails_with_one_node if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cache(1, false)]}, "context": prod}
}
