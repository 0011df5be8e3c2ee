# METADATA
# title: Backups are copied to the DR region
# description: >-
#   When the intent asks for cross-region replication, every AWS Backup plan in the primary
#   region has a rule that copies its recovery points to a vault in the disaster-recovery region.
# custom:
#   id: IDIO-BKP-003
#   severity: medium
#   fixable: false
#   rationale: >-
#     Recovery points in the failed region are unreachable during a regional outage; a copy in
#     the DR region is what a restore there starts from.
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(B)", "164.310(d)(2)(iv)"]
#     soc2: ["A1.2", "A1.3"]
#     nist-800-53: ["CP-6", "CP-9"]
#     gdpr: ["Art. 32(1)(c)"]
package idio.rules.backup_cross_region_copy

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.cross_region_replication
	some plan in lib.nodes("aws.backup.plan")
	plan.region == "primary"
	copies := [rule | some rule in plan.props.rules; rule.copyTo]
	count(copies) == 0
	violation := {
		"resource": plan.id,
		"message": sprintf("Backup plan %s keeps no copy of its recovery points in the DR region.", [plan.id]),
		"intent": "/disasterRecovery/crossRegionReplication",
	}
}
