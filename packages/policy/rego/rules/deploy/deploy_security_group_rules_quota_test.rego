package idio.test.deploy_security_group_rules_quota

import rego.v1

import data.idio.rules.deploy_security_group_rules_quota as rule
import data.idio.test.deploy_limits.limits

group := {"id": "web.sg", "kind": "aws.ec2.security_group", "region": "primary", "props": {}}

rules(kind, n) := [{"id": sprintf("web.sg.%s.%v", [kind, i]), "kind": kind, "region": "primary", "props": {
	"securityGroupId": {"ref": "web.sg", "attr": "id"},
	"fromPort": i,
	"toPort": i,
}} |
	some i in numbers.range(1, n)
]

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_with_sixty_each_way if {
	nodes := array.concat([group], array.concat(
		rules("aws.ec2.security_group_ingress", 60),
		rules("aws.ec2.security_group_egress", 60),
	))
	count(rule.deny) == 0 with input as graph(nodes)
}

test_fails_with_sixty_one_inbound if {
	nodes := array.concat([group], rules("aws.ec2.security_group_ingress", 61))
	[v] := [v | some v in rule.deny] with input as graph(nodes)
	v.resource == "web.sg"
	contains(v.message, "61 inbound rules")
	contains(v.message, "L-0EA8095F")
}

test_passes_when_the_group_is_only_the_source if {
	from_web := [{"id": sprintf("api.sg.in.%v", [i]), "kind": "aws.ec2.security_group_ingress", "region": "primary", "props": {
		"securityGroupId": {"ref": "api.sg", "attr": "id"},
		"sourceSecurityGroupId": {"ref": "web.sg", "attr": "id"},
	}} |
		some i in numbers.range(1, 61)
	]
	api := {"id": "api.sg", "kind": "aws.ec2.security_group", "region": "primary", "props": {}}
	[v] := [v | some v in rule.deny] with input as graph(array.concat([group, api], from_web))
	v.resource == "api.sg"
}
