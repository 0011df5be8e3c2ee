# METADATA
# title: Backups are kept as long as the intent and its frameworks require
# description: >-
#   Every AWS Backup plan rule keeps recovery points for at least the intent's
#   `disasterRecovery.backupRetentionDays` (continuous-backup rules at most 35 days, the AWS
#   limit), and under HIPAA some rule of the plan keeps them for six years (2190 days), for
#   example a monthly rule beside the daily one.
# custom:
#   id: IDIO-BKP-002
#   severity: medium
#   fixable: true
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

intent_days := object.get(input.context, ["disasterRecovery", "backupRetentionDays"], 0)

compliance_days := max(array.concat([0], [lib.backup_retention_minimum[f] | some f in input.context.compliance; lib.backup_retention_minimum[f]]))

# AWS Backup keeps continuous (point-in-time) recovery points for at most 35 days.
required_for(rule) := min([35, intent_days]) if rule.enableContinuousBackup == true

required_for(rule) := intent_days if not rule.enableContinuousBackup

# A rule keeps its points for less than the intent asks.
deny contains violation if {
	some plan in lib.nodes("aws.backup.plan")
	short := [i | some i, rule in plan.props.rules; rule.deleteAfterDays < required_for(rule)]
	count(short) > 0
	violation := {
		"resource": plan.id,
		"message": sprintf("Backup plan %s keeps recovery points for less than the intent's %d days.", [plan.id, intent_days]),
		"intent": "/disasterRecovery/backupRetentionDays",
		"fix": [{"op": "replace", "path": sprintf("/props/rules/%d/deleteAfterDays", [i]), "value": required_for(plan.props.rules[i])} | some i in short],
	}
}

# No rule of the plan keeps points as long as the listed frameworks require.
deny contains violation if {
	some plan in lib.nodes("aws.backup.plan")
	longest := max([rule.deleteAfterDays | some rule in plan.props.rules])
	longest < compliance_days
	candidates := [i | some i, rule in plan.props.rules; not rule.enableContinuousBackup]
	violation := object.union(
		{
			"resource": plan.id,
			"message": sprintf("Backup plan %s keeps no recovery point longer than %d days; the listed frameworks require %d.", [plan.id, longest, compliance_days]),
			"intent": "/compliance",
		},
		extend_longest(plan, candidates),
	)
}

# Extend the longest-kept scheduled rule (the long-term one, when there is one).
extend_longest(plan, candidates) := {"fix": [{"op": "replace", "path": sprintf("/props/rules/%d/deleteAfterDays", [best]), "value": compliance_days}]} if {
	count(candidates) > 0
	longest := max([plan.props.rules[i].deleteAfterDays | some i in candidates])
	best := [i | some i in candidates; plan.props.rules[i].deleteAfterDays == longest][0]
}

extend_longest(_, candidates) := {} if count(candidates) == 0
