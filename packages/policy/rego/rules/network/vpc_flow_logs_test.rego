package idio.test.vpc_flow_logs

import rego.v1

import data.idio.rules.vpc_flow_logs as rule

vpc := {"id": "network.vpc", "kind": "aws.ec2.vpc", "props": {}}

log := {"id": "network.flow-log", "kind": "aws.ec2.flow_log", "props": {"vpcId": {"ref": "network.vpc", "attr": "id"}, "trafficType": "ALL"}}

test_passes_with_a_flow_log if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [vpc, log]}, "context": {}}
}

test_fails_without_a_flow_log if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [vpc]}, "context": {}}
}
