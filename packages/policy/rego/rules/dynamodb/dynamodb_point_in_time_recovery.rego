# METADATA
# title: DynamoDB tables have point-in-time recovery
# description: Every DynamoDB table has point-in-time recovery, restoring to any second of the last 35 days.
# custom:
#   id: IDIO-DDB-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     Without point-in-time recovery a bad write or delete is permanent; on-demand backups only
#     restore to the moment they were taken.
#   controls:
#     pci-dss: ["12.10.1"]
#     hipaa: ["164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2"]
#     nist-800-53: ["CP-9"]
#     gdpr: ["Art. 32(1)(c)"]
package idio.rules.dynamodb_point_in_time_recovery

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.dynamodb.table")
	not node.props.pointInTimeRecovery == true
	violation := {
		"resource": node.id,
		"message": sprintf("Table %s has no point-in-time recovery.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/pointInTimeRecovery", "value": true}],
	}
}
