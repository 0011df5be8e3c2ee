# METADATA
# title: VPCs fit the default quota of 5 per region, the default VPC included
# description: >-
#   The VPCs a plan creates in a region, plus the default VPC every region starts with, stay within
#   the default "VPCs per Region" quota of 5.
# custom:
#   id: IDIO-DEPLOY-004
#   severity: low
#   deploy: warning
#   docs: https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
#   rationale: >-
#     CreateVpc fails with VpcLimitExceeded past the quota, and every resource that lives in the VPC
#     fails after it. Other applications in the same account use the same quota.
package idio.rules.deploy_vpc_quota

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some region in lib.regions_of("aws.ec2.vpc")
	ids := sort([node.id | some node in lib.nodes("aws.ec2.vpc"); lib.aws_region(node) == region])
	quota := input.limits.quotas.vpcs
	needed := count(ids) + 1
	needed > quota.value
	violation := {
		"resource": ids[0],
		"message": sprintf(
			"The plan creates %v VPCs in %s, %v with the default VPC, more than %s. %s",
			[count(ids), region, needed, lib.quota_of(quota), lib.raise_quota(quota, needed, region)],
		),
	}
}
