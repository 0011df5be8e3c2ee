package idio.test.data_tier_isolated_subnets

import rego.v1

import data.idio.rules.data_tier_isolated_subnets as rule

subnet(id, layer) := {"id": id, "kind": "aws.ec2.subnet", "props": {"layer": layer}}

group := {"id": "db.subnets", "kind": "aws.rds.subnet_group", "props": {"subnetIds": [{"ref": "network.data-a", "attr": "id"}]}}

isolation := {"security": {"networkIsolation": true}}

test_passes_for_isolated_subnets if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [group, subnet("network.data-a", "isolated")]}, "context": isolation}
}

test_fails_for_private_subnets if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [group, subnet("network.data-a", "private")]}, "context": isolation}
}
