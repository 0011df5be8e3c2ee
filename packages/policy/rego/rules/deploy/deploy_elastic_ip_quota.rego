# METADATA
# title: Elastic IP addresses fit the default quota of 5 per region
# description: >-
#   A plan allocates at most 5 Elastic IP addresses in a region (one per NAT gateway), the default
#   "EC2-VPC Elastic IPs" quota, counting none the account already holds.
# custom:
#   id: IDIO-DEPLOY-003
#   severity: low
#   deploy: warning
#   docs: https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
#   rationale: >-
#     AllocateAddress fails with AddressLimitExceeded past the quota, after the VPC and subnets were
#     created; the NAT gateways that needed the addresses are missing and private subnets have no
#     way out.
package idio.rules.deploy_elastic_ip_quota

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some region in lib.regions_of("aws.ec2.eip")
	ids := sort([node.id | some node in lib.nodes("aws.ec2.eip"); lib.aws_region(node) == region])
	quota := input.limits.quotas.elasticIps
	count(ids) > quota.value
	violation := {
		"resource": ids[0],
		"message": sprintf(
			"The plan allocates %v Elastic IP addresses in %s, more than %s (addresses the account already holds count too). %s",
			[count(ids), region, lib.quota_of(quota), lib.raise_quota(quota, count(ids), region)],
		),
	}
}
