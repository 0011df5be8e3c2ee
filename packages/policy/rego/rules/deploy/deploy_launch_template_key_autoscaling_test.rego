package idio.test.deploy_launch_template_key_autoscaling

import rego.v1

import data.idio.rules.deploy_launch_template_key_autoscaling as rule

key(props) := {"id": "security.kms.key", "kind": "aws.kms.key", "region": "primary", "props": props}

template := {"id": "app.launch-template", "kind": "aws.ec2.launch_template", "region": "primary", "props": {"rootVolume": {
	"encrypted": true,
	"kmsKeyId": {"ref": "security.kms.key", "attr": "arn"},
}}}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}}

test_passes_when_the_key_admits_auto_scaling if {
	count(rule.deny) == 0 with input as graph([key({"servicePrincipals": ["logs", "autoscaling"]}), template])
	count(rule.deny) == 0 with input as graph([key({"servicePrincipals": [], "serviceLinkedRoles": ["autoscaling.amazonaws.com"]}), template])
}

test_fails_when_the_key_does_not if {
	[v] := [v | some v in rule.deny] with input as graph([key({"servicePrincipals": ["logs"]}), template])
	v.resource == "app.launch-template"
}
