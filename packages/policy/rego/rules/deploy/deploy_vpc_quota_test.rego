package idio.test.deploy_vpc_quota

import rego.v1

import data.idio.rules.deploy_vpc_quota as rule
import data.idio.test.deploy_limits.limits

vpcs(n) := [{"id": sprintf("network.vpc.%v", [i]), "kind": "aws.ec2.vpc", "region": "primary", "props": {}} | some i in numbers.range(1, n)]

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_with_one_vpc if {
	count(rule.deny) == 0 with input as graph(vpcs(1))
}

test_fails_with_five_vpcs_and_the_default if {
	[v] := [v | some v in rule.deny] with input as graph(vpcs(5))
	v.resource == "network.vpc.1"
	contains(v.message, "6 with the default VPC")
	contains(v.message, "L-F678F1CE")
}

# Each extra serving region is counted on its own: five VPCs in us-west-2 exceed the quota, the primary's four fit.
test_counts_each_extra_serving_region_apart if {
	copies := [{"id": sprintf("us-west-2.network.vpc.%v", [i]), "kind": "aws.ec2.vpc", "region": "us-west-2", "props": {}} | some i in numbers.range(1, 5)]
	[v] := [v | some v in rule.deny] with input as graph(array.concat(vpcs(4), copies))
	v.resource == "us-west-2.network.vpc.1"
	contains(v.message, "The plan creates 5 VPCs in us-west-2, 6 with the default VPC")
}
