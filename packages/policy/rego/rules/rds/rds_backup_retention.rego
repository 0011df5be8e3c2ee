# METADATA
# title: Databases keep automated backups long enough
# description: >-
#   RDS instances and Aurora clusters keep automated backups for at least the intent's
#   `disasterRecovery.backupRetentionDays` (at most 35, the RDS limit) and at least 7 days in
#   production.
# custom:
#   id: IDIO-RDS-004
#   severity: medium
#   fixable: true
#   rationale: >-
#     Automated backups give point-in-time recovery to any second within the retention period;
#     a corruption noticed after the period ends cannot be undone. Longer retention is kept by
#     AWS Backup.
#   controls:
#     pci-dss: ["12.10.1"]
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.310(d)(2)(iv)"]
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9"]
#     gdpr: ["Art. 32(1)(c)"]
package idio.rules.rds_backup_retention

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

baseline := 7 if lib.production

baseline := 1 if not lib.production

required := min([35, max([baseline, object.get(input.context, ["disasterRecovery", "backupRetentionDays"], 0)])])

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster"})
	not node.props.replicateSourceDb
	node.props.backupRetentionDays < required
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s keeps backups for %d days; the intent requires %d.", [node.id, node.props.backupRetentionDays, required]),
		"fix": [{"op": "replace", "path": "/props/backupRetentionDays", "value": required}],
	}
}
