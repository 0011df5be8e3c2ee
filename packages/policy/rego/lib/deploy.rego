# Helpers of the deployability rules (rules/deploy): the AWS region a node is created in,
# and how a quota warning names the quota to raise. The numbers themselves come from
# @idio-iac/core (AWS_LIMITS, AWS_DEFAULT_QUOTAS, the sizing tables) through `input.limits`.
package idio.lib

import rego.v1

# The AWS region of a node: the plan's region, its DR region, us-east-1 for edge resources,
# or, in an extra serving region (the graph's `regions`), the code the node carries
# (awsRegionOf in @idio-iac/graph resolves them the same way).
aws_region(node) := input.graph.region if node.region == "primary"

aws_region(node) := input.graph.drRegion if node.region == "dr"

aws_region(node) := "us-east-1" if node.region == "edge"

aws_region(node) := node.region if not node.region in {"primary", "dr", "edge"}

# "raise "Concurrent executions" (Service Quotas: lambda L-B99A9384) to at least 150 in us-east-1"
raise_quota(quota, needed, region) := sprintf(
	"Raise \"%s\" (Service Quotas: %s %s) to at least %v in %s before applying, then state the applied value under policy.quotas in the intent.",
	[quota.name, quota.serviceCode, quota.quotaCode, needed, region],
)

# A quota the intent states (policy.quotas) carries AWS's default beside the account's value
# (deploy-limits.ts), so a message never calls the stated value the default.
stated(quota) if is_number(quota.awsDefault)

# "the default quota of 6", or "the account's quota of 20 (policy.quotas; AWS default 6)"
quota_of(quota) := sprintf("the default quota of %v", [quota.value]) if not stated(quota)

quota_of(quota) := sprintf(
	"the account's quota of %v (policy.quotas; AWS default %v)",
	[quota.value, quota.awsDefault],
) if {
	stated(quota)
}

# Regions (AWS names) that hold at least one node of a kind.
regions_of(kind) := {aws_region(node) | some node in nodes(kind)}
