# METADATA
# title: Data stores are in an AWS Backup plan
# description: >-
#   Under HIPAA, PCI DSS, SOC 2 or NIST 800-53, every RDS instance, Aurora cluster and DynamoDB
#   table in the primary region is selected by an AWS Backup plan.
# custom:
#   id: IDIO-BKP-001
#   severity: medium
#   fixable: false
#   frameworks: ["hipaa", "pci-dss", "soc2", "nist-800-53"]
#   rationale: >-
#     Service snapshots vanish with the resource and cannot be kept for years. A backup plan
#     keeps independent, policy-driven recovery points that auditors can inspect.
#   controls:
#     pci-dss: ["12.10.1"]
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"]
#     soc2: ["A1.2", "A1.3"]
#     nist-800-53: ["CP-9", "CP-9(1)"]
package idio.rules.backup_plan_coverage

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

selected(id) if {
	some selection in lib.referrers(id, "aws.backup.selection")
	some r in selection.props.resources
	r.ref == id
}

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster", "aws.dynamodb.table"})
	node.region == "primary"
	not node.props.replicateSourceDb
	not selected(node.id)
	violation := {
		"resource": node.id,
		"message": sprintf("%s is in no AWS Backup plan.", [node.id]),
		"intent": "/disasterRecovery/backupRetentionDays",
	}
}
