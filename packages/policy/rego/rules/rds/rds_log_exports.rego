# METADATA
# title: Databases export their logs to CloudWatch Logs
# description: RDS instances and Aurora clusters export their engine logs (errors, slow queries) to CloudWatch Logs.
# custom:
#   id: IDIO-RDS-008
#   severity: low
#   fixable: true
#   rationale: >-
#     Database logs on the instance disappear with it and cannot be searched or alarmed on.
#     Exported logs are retained and can be correlated with application logs.
#   controls:
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2", "AU-12"]
#     gdpr: ["Art. 33"]
package idio.rules.rds_log_exports

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

exports := {
	"postgres": ["postgresql", "upgrade"],
	"aurora-postgresql": ["postgresql"],
	"mysql": ["error", "slowquery"],
	"aurora-mysql": ["audit", "error", "slowquery"],
}

deny contains violation if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster"})
	count(node.props.cloudwatchLogsExports) == 0
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s does not export its logs to CloudWatch Logs.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/cloudwatchLogsExports", "value": exports[node.props.engine]}],
	}
}
