# METADATA
# title: Reserved Lambda concurrency fits the account's concurrency quota
# description: >-
#   Lambda refuses a reservation that would leave fewer than 100 concurrent executions
#   unreserved in the account's region. The default quota is 1,000, but new accounts may start
#   far lower, so any reservation names the quota it needs.
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
	first := sort([node.id | some node in functions])[0]
	violation := {
		"resource": first,
		"message": sprintf(
			"Functions in %s reserve %v concurrent executions (%s); Lambda keeps %v unreserved, so the account needs a concurrency quota of at least %v (default %v; new accounts may have less). %s",
			[
				region, reserved, concat(", ", sort([node.id | some node in functions])),
				input.limits.lambdaMinUnreservedConcurrency, needed, quota.value,
				lib.raise_quota(quota, needed, region),
			],
		),
	}
}
