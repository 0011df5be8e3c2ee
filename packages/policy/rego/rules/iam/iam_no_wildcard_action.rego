# METADATA
# title: No policy allows every action
# description: No IAM role or bucket policy statement allows the action `*`.
# custom:
#   id: IDIO-IAM-001
#   severity: critical
#   fixable: false
#   rationale: >-
#     `Action: *` is administrator access; a compromised workload with it owns the account.
#     Grant the actions the workload calls, on the resources it uses.
#   controls:
#     cis-aws: ["1.16"]
#     pci-dss: ["7.2.1", "7.2.2"]
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#     soc2: ["CC6.1", "CC6.3"]
#     nist-800-53: ["AC-6", "AC-6(10)"]
#     gdpr: ["Art. 25(2)", "Art. 32(1)(b)"]
package idio.rules.iam_no_wildcard_action

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some statement in lib.allow_statements
	"*" in statement.actions
	violation := {
		"resource": statement.node,
		"message": sprintf("%s allows every action (statement %s).", [statement.node, statement.sid]),
	}
}
