# METADATA
# title: Log groups keep logs for a set period
# description: >-
#   Every CloudWatch log group has a retention period (never "forever") of at least 90 days in
#   production, 30 in staging and 14 in development.
# custom:
#   id: IDIO-LOG-001
#   severity: low
#   fixable: true
#   rationale: >-
#     Logs kept forever grow a bill nobody reviews and hold personal data past any purpose;
#     logs kept too briefly are gone before an incident is noticed.
#   controls:
#     pci-dss: ["10.5.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-11"]
#     gdpr: ["Art. 5(1)(e)"]
package idio.rules.log_retention

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

baseline := {"production": 90, "staging": 30, "development": 14}

minimum := object.get(baseline, input.context.environment, 14)

deny contains violation if {
	some node in lib.nodes("aws.logs.log_group")
	not valid(node.props.retentionInDays)
	violation := {
		"resource": node.id,
		"message": sprintf("Log group %s keeps logs for %s; %s needs a set period of at least %d days.", [node.id, describe(node.props.retentionInDays), input.context.environment, minimum]),
		"fix": [{"op": "replace", "path": "/props/retentionInDays", "value": fixed_retention}],
	}
}

# The fix also meets the listed frameworks' minimum, so IDIO-LOG-002 has nothing left to change.
fixed_retention := max(array.concat([minimum], [lib.log_retention_minimum[f] | some f in input.context.compliance; lib.log_retention_minimum[f]]))

valid(days) if {
	days > 0
	days >= minimum
}

describe(0) := "ever"

describe(days) := sprintf("%d days", [days]) if days != 0
