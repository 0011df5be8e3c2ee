# METADATA
# title: Production databases take a final snapshot when deleted
# description: >-
#   In production, deleting an RDS instance or Aurora cluster first takes a final snapshot (read
#   replicas and global-database secondaries excepted: their primary holds the data).
# custom:
#   id: IDIO-RDS-009
#   severity: medium
#   fixable: true
#   rationale: >-
#     Automated backups are deleted with the database. Without a final snapshot, deleting the
#     resource, even by accident, loses all data beyond any AWS Backup copies.
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9"]
#     gdpr: ["Art. 32(1)(c)"]
package idio.rules.rds_final_snapshot

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster"})
	not node.props.replicateSourceDb
	not global_secondary(node)
	not node.props.skipFinalSnapshot == false
	violation := {
		"resource": node.id,
		"message": sprintf("Production database %s would be deleted without a final snapshot.", [node.id]),
		"fix": [
			{"op": "replace", "path": "/props/skipFinalSnapshot", "value": false},
			{"op": "add", "path": "/props/finalSnapshotIdentifier", "value": sprintf("%s-final", [node.props.identifier])},
		],
	}
}

# A secondary cluster of a global database cannot take a final snapshot; the primary does.
# Secondaries live in the DR region or in an extra serving region (its code).
global_secondary(node) if {
	node.props.globalClusterIdentifier
	node.region != "primary"
}
