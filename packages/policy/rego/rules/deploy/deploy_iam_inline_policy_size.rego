# METADATA
# title: A role's inline policies fit IAM's 10,240-character limit
# description: >-
#   The inline policies of one IAM role together stay under 10,240 characters (whitespace not
#   counted), a hard IAM limit. Each reference to another resource is counted at 40 characters,
#   less than any ARN it becomes, so the estimate never exceeds the real size.
# custom:
#   id: IDIO-DEPLOY-006
#   severity: high
#   deploy: error
#   docs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length
#   rationale: >-
#     PutRolePolicy fails with LimitExceeded ("Maximum policy size of 10240 bytes exceeded") and the
#     limit cannot be raised; the role is left without the permissions its service needs. Split the
#     tier's connections or let IDIO use a customer managed policy instead.
package idio.rules.deploy_iam_inline_policy_size

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

# An ARN is at least `arn:aws:s3:::` plus a name, and a regional one carries a region and account.
arn_floor := 40

# Characters the references add when they become ARNs (a reference's own JSON is counted already).
reference_growth(policy) := sum([(arn_floor - count(json.marshal(value))) |
	walk(policy, [_, value])
	is_object(value)
	value.ref
])

size(policy) := count(json.marshal({"Version": "2012-10-17", "Statement": policy.statements})) + reference_growth(policy)

deny contains violation if {
	some role in lib.nodes("aws.iam.role")
	total := sum([size(policy) | some policy in role.props.inlinePolicies])
	total > input.limits.iamRoleInlinePolicyChars
	violation := {
		"resource": role.id,
		"message": sprintf(
			"Role %s has at least %v characters of inline policy (%v policies); IAM allows %v per role and the limit cannot be raised.",
			[role.id, total, count(role.props.inlinePolicies), input.limits.iamRoleInlinePolicyChars],
		),
	}
}
