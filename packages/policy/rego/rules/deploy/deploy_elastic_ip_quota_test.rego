package idio.test.deploy_elastic_ip_quota

import rego.v1

import data.idio.rules.deploy_elastic_ip_quota as rule
import data.idio.test.deploy_limits.limits

eips(n, region) := [{"id": sprintf("%s.eip.%v", [region, i]), "kind": "aws.ec2.eip", "region": region, "props": {}} | some i in numbers.range(1, n)]

graph(nodes) := {"graph": {"region": "us-east-1", "drRegion": "us-west-2", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_with_five_per_region if {
	count(rule.deny) == 0 with input as graph(array.concat(eips(5, "primary"), eips(3, "dr")))
}

test_fails_with_six_in_one_region if {
	[v] := [v | some v in rule.deny] with input as graph(array.concat(eips(3, "primary"), eips(6, "dr")))
	v.resource == "dr.eip.1"
	contains(v.message, "6 Elastic IP addresses in us-west-2")
	contains(v.message, "L-0263D0A3")
}
