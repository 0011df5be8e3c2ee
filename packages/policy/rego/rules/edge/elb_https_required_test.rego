package idio.test.elb_https_required

import rego.v1

import data.idio.rules.elb_https_required as rule

lb := {"id": "web.lb", "kind": "aws.elbv2.load_balancer", "props": {"internal": false}}

listener(protocol) := {"id": "web.listener", "kind": "aws.elbv2.listener", "props": {"loadBalancerArn": {"ref": "web.lb", "attr": "arn"}, "protocol": protocol}}

tls := {"security": {"encryptionInTransit": true}, "compliance": []}

test_passes_with_https if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb, listener("HTTPS")]}, "context": tls}
}

test_fails_with_only_http if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [lb, listener("HTTP")]}, "context": tls}
}
