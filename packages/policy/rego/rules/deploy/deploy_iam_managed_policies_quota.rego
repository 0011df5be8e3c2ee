# METADATA
# title: Roles have at most 10 managed policies attached
# description: >-
#   Each IAM role has at most 10 managed policies attached, the default "Managed policies per role"
#   quota (adjustable up to 20).
# custom:
#   id: IDIO-DEPLOY-013
#   severity: low
#   deploy: warning
#   docs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entities
#   rationale: >-
#     AttachRolePolicy fails with LimitExceeded past the quota, so the role misses the permissions
#     of the policies after the tenth and the service using it fails at run time.
package idio.rules.deploy_iam_managed_policies_quota

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some role in lib.nodes("aws.iam.role")
	attached := count(object.get(role.props, "managedPolicies", []))
	quota := input.limits.quotas.iamManagedPoliciesPerRole
	attached > quota.value
	violation := {
		"resource": role.id,
		"message": sprintf(
			"Role %s has %v managed policies attached, more than %s. %s",
			[role.id, attached, lib.quota_of(quota), lib.raise_quota(quota, attached, "the account (IAM is global)")],
		),
	}
}
