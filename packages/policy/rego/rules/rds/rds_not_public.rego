# METADATA
# title: Databases are not publicly accessible
# description: No RDS instance or Aurora cluster instance has a public IP address.
# custom:
#   id: IDIO-RDS-002
#   severity: critical
#   fixable: true
#   rationale: >-
#     A publicly accessible database gets an internet-routable address, so its password is the
#     only defence against the whole internet. Applications reach it from private subnets.
#   controls:
#     cis-aws: ["2.3.3"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     soc2: ["CC6.1", "CC6.6"]
#     nist-800-53: ["AC-3", "SC-7"]
#     gdpr: ["Art. 25(2)", "Art. 32(1)(b)"]
package idio.rules.rds_not_public

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster_instance"})
	not node.props.publiclyAccessible == false
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s is publicly accessible.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/publiclyAccessible", "value": false}],
	}
}
