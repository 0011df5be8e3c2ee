package idio.test.sg_admin_ports_open

import rego.v1

import data.idio.rules.sg_admin_ports_open as rule

ingress(from, to) := {"id": "web.sg-ingress", "kind": "aws.ec2.security_group_ingress", "props": {"ipProtocol": "tcp", "fromPort": from, "toPort": to, "cidrIpv4": "0.0.0.0/0"}}

test_passes_for_https if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [ingress(443, 443)]}, "context": {}}
}

test_fails_for_ssh if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [ingress(22, 22)]}, "context": {}}
}
