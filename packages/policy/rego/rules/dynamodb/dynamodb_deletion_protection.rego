# METADATA
# title: Production DynamoDB tables have deletion protection
# description: In production, DynamoDB tables cannot be deleted until deletion protection is turned off.
# custom:
#   id: IDIO-DDB-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     Deleting a table deletes its point-in-time recovery history too. Deletion protection makes
#     deleting production data a deliberate second step.
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     soc2: ["A1.2", "CC8.1"]
#     nist-800-53: ["CP-9", "CM-3"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.dynamodb_deletion_protection

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes("aws.dynamodb.table")
	not node.props.deletionProtection == true
	violation := {
		"resource": node.id,
		"message": sprintf("Production table %s can be deleted without turning off deletion protection first.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/deletionProtection", "value": true}],
	}
}
