# METADATA
# title: Test rule that wants one day of backups
# description: Contradicts IDIO-RDS-004 on purpose, to test that auto-fix stops when rules fight.
# custom:
#   id: TEST-FIGHT-001
#   severity: low
#   fixable: true
#   rationale: Exists only for the auto-fix tests.
#   controls:
#     soc2: ["CC0.0"]
package idio.rules.fight_backup_retention

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some node in input.graph.nodes
	node.kind == "aws.rds.instance"
	node.props.backupRetentionDays != 1
	violation := {
		"resource": node.id,
		"message": "wants 1 day",
		"fix": [{"op": "replace", "path": "/props/backupRetentionDays", "value": 1}],
	}
}
