# METADATA
# title: Production caches fail over across Availability Zones
# description: In production, every ElastiCache replication group has a replica in another Availability Zone with automatic failover.
# custom:
#   id: IDIO-EC-003
#   severity: medium
#   fixable: true
#   rationale: >-
#     A single cache node takes its sessions and its traffic with it when it fails; with a
#     replica and Multi-AZ failover the primary is replaced in seconds.
#   controls:
#     soc2: ["A1.1", "A1.2"]
#     nist-800-53: ["CP-7", "SC-36"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.elasticache_multi_az

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes("aws.elasticache.replication_group")
	not highly_available(node.props)
	violation := {
		"resource": node.id,
		"message": sprintf("Production cache %s has no replica with automatic Multi-AZ failover.", [node.id]),
		"fix": [
			{"op": "replace", "path": "/props/numCacheClusters", "value": max([2, node.props.numCacheClusters])},
			{"op": "replace", "path": "/props/automaticFailover", "value": true},
			{"op": "replace", "path": "/props/multiAz", "value": true},
		],
	}
}

highly_available(props) if {
	props.numCacheClusters >= 2
	props.automaticFailover == true
	props.multiAz == true
}
