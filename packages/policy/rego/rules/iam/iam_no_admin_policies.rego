# METADATA
# title: Roles do not carry administrator managed policies
# description: No role has AdministratorAccess, PowerUserAccess or IAMFullAccess attached.
# custom:
#   id: IDIO-IAM-004
#   severity: critical
#   fixable: false
#   rationale: >-
#     These policies grant control of the whole account (or of IAM, which amounts to the same).
#     A workload role never needs them.
#   controls:
#     cis-aws: ["1.16"]
#     pci-dss: ["7.2.1", "7.2.2"]
#     hipaa: ["164.308(a)(4)(ii)(B)"]
#     soc2: ["CC6.1", "CC6.3"]
#     nist-800-53: ["AC-6", "AC-6(10)"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.iam_no_admin_policies

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

admin := {"AdministratorAccess", "PowerUserAccess", "IAMFullAccess"}

deny contains violation if {
	some role in lib.nodes("aws.iam.role")
	some policy in role.props.managedPolicies
	admin[policy]
	violation := {
		"resource": role.id,
		"message": sprintf("Role %s has the managed policy %s.", [role.id, policy]),
	}
}
