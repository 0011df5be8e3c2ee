# METADATA
# title: Production databases have deletion protection
# description: In production, RDS instances, Aurora clusters and global clusters cannot be deleted until deletion protection is turned off.
# custom:
#   id: IDIO-RDS-005
#   severity: medium
#   fixable: true
#   rationale: >-
#     A mistaken `terraform destroy`, a renamed resource or a stack deletion would otherwise drop
#     the production database. Deletion protection makes deleting it a deliberate second step.
#   controls:
#     pci-dss: ["12.10.1"]
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     soc2: ["A1.2", "CC8.1"]
#     nist-800-53: ["CP-9", "CM-3"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.rds_deletion_protection

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster", "aws.rds.global_cluster"})
	not node.props.deletionProtection == true
	violation := {
		"resource": node.id,
		"message": sprintf("Production database %s can be deleted without turning off deletion protection first.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/deletionProtection", "value": true}],
	}
}
