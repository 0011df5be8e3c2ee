# METADATA
# title: RDS and Aurora storage is encrypted
# description: Every RDS instance, Aurora cluster and global cluster encrypts its storage.
# custom:
#   id: IDIO-RDS-001
#   severity: high
#   fixable: true
#   rationale: >-
#     Unencrypted database storage, snapshots and replicas expose every row to anyone who gets
#     a copy of a snapshot. Encryption can only be chosen at creation; adding it later means a
#     snapshot, copy and restore with downtime.
#   controls:
#     cis-aws: ["2.3.1"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28", "SC-28(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.rds_storage_encrypted

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster", "aws.rds.global_cluster"})
	not node.props.storageEncrypted == true
	not node.props.replicateSourceDb
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s stores its data unencrypted.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/storageEncrypted", "value": true}],
	}
}
