# METADATA
# title: Policies name actions instead of granting a whole service
# description: No IAM role statement allows `<service>:*` (every action of a service).
# custom:
#   id: IDIO-IAM-002
#   severity: medium
#   fixable: false
#   rationale: >-
#     `s3:*` includes deleting buckets and rewriting their policies; `kms:*` includes scheduling
#     key deletion. Workloads need a handful of actions; listing them limits a compromise.
#   controls:
#     pci-dss: ["7.2.1", "7.2.2"]
#     hipaa: ["164.308(a)(4)(ii)(B)"]
#     soc2: ["CC6.3"]
#     nist-800-53: ["AC-6"]
#     gdpr: ["Art. 25(2)"]
package idio.rules.iam_no_service_wildcard

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some statement in lib.allow_statements
	statement.kind == "aws.iam.role"
	wildcards := [action | some action in statement.actions; endswith(action, ":*")]
	count(wildcards) > 0
	violation := {
		"resource": statement.node,
		"message": sprintf("%s allows every action of %s (statement %s).", [statement.node, concat(", ", wildcards), statement.sid]),
	}
}
