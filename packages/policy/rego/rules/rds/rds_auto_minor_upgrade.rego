# METADATA
# title: Databases take minor engine upgrades automatically
# description: RDS instances and Aurora cluster instances apply minor engine versions in the maintenance window.
# custom:
#   id: IDIO-RDS-010
#   severity: low
#   fixable: true
#   rationale: >-
#     Minor versions carry security fixes and are compatible by design. Applying them
#     automatically keeps databases patched without a project for each release.
#   controls:
#     cis-aws: ["2.3.2"]
#     pci-dss: ["6.3.3"]
#     hipaa: ["164.308(a)(5)(ii)(B)"]
#     soc2: ["CC7.1"]
#     nist-800-53: ["SI-2"]
package idio.rules.rds_auto_minor_upgrade

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster_instance"})
	not node.props.autoMinorVersionUpgrade == true
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s does not apply minor engine upgrades.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/autoMinorVersionUpgrade", "value": true}],
	}
}
