# METADATA
# title: Backups are kept as long as the intent and its frameworks require
# description: >-
#   Every AWS Backup plan rule keeps recovery points for at least the intent's
#   `disasterRecovery.backupRetentionDays` and the minimum of the listed frameworks (HIPAA 2190
#   days, PCI DSS 365, SOC 2 and NIST 800-53 30).
# custom:
#   id: IDIO-BKP-002
#   severity: medium
#   fixable: true
#   frameworks: ["hipaa", "pci-dss", "soc2", "nist-800-53"]
#   rationale: >-
#     A backup deleted before the retention an auditor expects is the same as no backup when the
#     data is needed; HIPAA expects six years of records.
#   controls:
#     pci-dss: ["12.10.1", "3.2.1"]
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.316(b)(2)(i)"]
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9", "AU-11"]
package idio.rules.backup_retention_compliance

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required := max(array.concat(
	[object.get(input.context, ["disasterRecovery", "backupRetentionDays"], 0)],
	[lib.backup_retention_minimum[f] | some f in input.context.compliance; lib.backup_retention_minimum[f]],
))

# AWS Backup keeps continuous (point-in-time) recovery points for at most 35 days.
required_for(rule) := min([35, required]) if rule.enableContinuousBackup == true

required_for(rule) := required if not rule.enableContinuousBackup

deny contains violation if {
	some plan in lib.nodes("aws.backup.plan")
	short := [i | some i, rule in plan.props.rules; rule.deleteAfterDays < required_for(rule)]
	count(short) > 0
	violation := {
		"resource": plan.id,
		"message": sprintf("Backup plan %s keeps recovery points for less than the required %d days.", [plan.id, required]),
		"fix": [{"op": "replace", "path": sprintf("/props/rules/%d/deleteAfterDays", [i]), "value": required_for(plan.props.rules[i])} | some i in short],
	}
}
