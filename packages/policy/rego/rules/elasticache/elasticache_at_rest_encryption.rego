# METADATA
# title: ElastiCache encrypts data at rest
# description: Every ElastiCache replication group encrypts its data, snapshots and swap at rest.
# custom:
#   id: IDIO-EC-001
#   severity: high
#   fixable: true
#   rationale: >-
#     Caches often hold session tokens and personal data. At-rest encryption covers disks and
#     snapshots and can only be chosen when the replication group is created.
#   controls:
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.elasticache_at_rest_encryption

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.elasticache.replication_group")
	not node.props.atRestEncryption == true
	violation := {
		"resource": node.id,
		"message": sprintf("Cache %s stores data unencrypted.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/atRestEncryption", "value": true}],
	}
}
