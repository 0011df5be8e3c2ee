# METADATA
# title: CloudTrail validates its log files
# description: Every trail writes digest files so any change to or deletion of a log file can be detected.
# custom:
#   id: IDIO-CT-003
#   severity: medium
#   fixable: true
#   rationale: >-
#     An intruder who can edit the trail bucket can erase their tracks; digest files signed by
#     AWS prove whether the logs are complete and unmodified.
#   controls:
#     cis-aws: ["3.2"]
#     pci-dss: ["10.3.4"]
#     hipaa: ["164.312(c)(1)", "164.312(c)(2)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-9", "SI-7"]
package idio.rules.cloudtrail_log_validation

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.cloudtrail.trail")
	not node.props.enableLogFileValidation == true
	violation := {
		"resource": node.id,
		"message": sprintf("Trail %s does not validate its log files.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/enableLogFileValidation", "value": true}],
	}
}
