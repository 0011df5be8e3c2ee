package idio.test.ec2_imdsv2

import rego.v1

import data.idio.rules.ec2_imdsv2 as rule

template(tokens) := {"id": "worker.launch-template", "kind": "aws.ec2.launch_template", "props": {"metadataOptions": {"httpTokens": tokens, "httpPutResponseHopLimit": 2, "httpEndpoint": "enabled"}}}

test_passes_with_tokens_required if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [template("required")]}, "context": {}}
}

test_fails_with_tokens_optional if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [template("optional")]}, "context": {}}
}
