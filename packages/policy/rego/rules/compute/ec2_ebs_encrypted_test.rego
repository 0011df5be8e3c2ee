package idio.test.ec2_ebs_encrypted

import rego.v1

import data.idio.rules.ec2_ebs_encrypted as rule

template(encrypted) := {"id": "worker.launch-template", "kind": "aws.ec2.launch_template", "props": {"rootVolume": {"encrypted": encrypted}}}

test_passes_when_encrypted if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [template(true)]}, "context": {}}
}

test_fails_when_unencrypted if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [template(false)]}, "context": {}}
}
