package idio.test.elb_http_redirect

import rego.v1

import data.idio.rules.elb_http_redirect as rule

http(action) := {"id": "web.http", "kind": "aws.elbv2.listener", "props": {"loadBalancerArn": {"ref": "web.lb", "attr": "arn"}, "protocol": "HTTP", "defaultAction": {"type": action}}}

https := {"id": "web.https", "kind": "aws.elbv2.listener", "props": {"loadBalancerArn": {"ref": "web.lb", "attr": "arn"}, "protocol": "HTTPS", "defaultAction": {"type": "forward"}}}

test_passes_when_redirecting if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [http("redirect"), https]}, "context": {}}
}

test_fails_when_forwarding if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [http("forward"), https]}, "context": {}}
}
