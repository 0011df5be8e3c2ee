package idio.test.sg_public_ingress

import rego.v1

import data.idio.rules.sg_public_ingress as rule

lb := {"id": "web.lb", "kind": "aws.elbv2.load_balancer", "props": {"internal": false, "securityGroupIds": [{"ref": "web.lb-sg", "attr": "id"}]}}

ingress(group, port) := {"id": "x.ingress", "kind": "aws.ec2.security_group_ingress", "props": {
	"securityGroupId": {"ref": group, "attr": "id"},
	"ipProtocol": "tcp", "fromPort": port, "toPort": port, "cidrIpv4": "0.0.0.0/0",
}}

test_passes_for_https_into_a_public_load_balancer if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb, ingress("web.lb-sg", 443)]}, "context": {}}
}

test_fails_for_an_app_port_from_the_internet if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [lb, ingress("api.sg", 8080)]}, "context": {}}
}
