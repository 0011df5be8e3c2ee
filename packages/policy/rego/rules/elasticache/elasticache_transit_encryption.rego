# METADATA
# title: ElastiCache requires TLS
# description: When the intent asks for encryption in transit, every ElastiCache replication group requires TLS from clients.
# custom:
#   id: IDIO-EC-002
#   severity: high
#   fixable: true
#   rationale: >-
#     Redis and Valkey speak plain text by default, so anyone who can see VPC traffic can read
#     cached sessions and personal data.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.elasticache_transit_encryption

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.encryption_in_transit
	some node in lib.nodes("aws.elasticache.replication_group")
	not node.props.transitEncryption == true
	violation := {
		"resource": node.id,
		"message": sprintf("Cache %s accepts connections without TLS.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/transitEncryption", "value": true}],
	}
}
