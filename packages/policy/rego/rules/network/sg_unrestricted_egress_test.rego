package idio.test.sg_unrestricted_egress

import rego.v1

import data.idio.rules.sg_unrestricted_egress as rule

egress(protocol) := {"id": "api.egress", "kind": "aws.ec2.security_group_egress", "props": {"ipProtocol": protocol, "fromPort": 443, "toPort": 443, "cidrIpv4": "0.0.0.0/0"}}

test_passes_for_https_egress if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [egress("tcp")]}, "context": {}}
}

test_fails_for_all_protocols if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [egress("-1")]}, "context": {}}
}
