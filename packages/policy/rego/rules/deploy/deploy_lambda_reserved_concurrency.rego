# METADATA
# title: Reserved Lambda concurrency fits the account's concurrency quota
# description: >-
#   Lambda refuses a reservation that would leave fewer than 100 concurrent executions
#   unreserved in the account's region. The default quota is 1,000, but new accounts may start
#   far lower, so any reservation names the quota it needs, unless the intent states the account's
#   applied quota under policy.quotas and it covers the reservation.
# custom:
#   id: IDIO-DEPLOY-001
#   severity: low
#   deploy: warning
#   docs: https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html
#   rationale: >-
#     `PutFunctionConcurrency` fails with "decreases account's UnreservedConcurrentExecution below
#     its minimum value of [100]" when the quota is too small; validate, plan and cfn-lint cannot
#     see an account's quota, so the apply stops half way.
package idio.rules.deploy_lambda_reserved_concurrency

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some region in lib.regions_of("aws.lambda.function")
	functions := [node |
		some node in lib.nodes("aws.lambda.function")
		lib.aws_region(node) == region
		is_number(node.props.reservedConcurrency)
	]
	count(functions) > 0
	reserved := sum([node.props.reservedConcurrency | some node in functions])
	needed := reserved + input.limits.lambdaMinUnreservedConcurrency
	quota := input.limits.quotas.lambdaConcurrentExecutions
	not covered(quota, needed)
	first := sort([node.id | some node in functions])[0]
	violation := {
		"resource": first,
		"message": sprintf(
			"Functions in %s reserve %v concurrent executions (%s); Lambda keeps %v unreserved, so the account needs a concurrency quota of at least %v (%s). %s",
			[
				region, reserved, concat(", ", sort([node.id | some node in functions])),
				input.limits.lambdaMinUnreservedConcurrency, needed, compared_with(quota),
				lib.raise_quota(quota, needed, region),
			],
		),
	}
}

# Only a value the account stated is known to cover the need: new accounts may be below the default.
covered(quota, needed) if {
	lib.stated(quota)
	quota.value >= needed
}

compared_with(quota) := sprintf("the default is %v; new accounts may have less", [quota.value]) if not lib.stated(quota)

compared_with(quota) := sprintf(
	"policy.quotas states %v; AWS default %v",
	[quota.value, quota.awsDefault],
) if {
	lib.stated(quota)
}
