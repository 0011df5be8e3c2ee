package idio.test.elb_tls_policy

import rego.v1

import data.idio.rules.elb_tls_policy as rule

listener(policy) := {"id": "web.https", "kind": "aws.elbv2.listener", "props": {"protocol": "HTTPS", "sslPolicy": policy}}

test_passes_with_tls13 if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [listener("ELBSecurityPolicy-TLS13-1-2-2021-06")]}, "context": {}}
}

test_fails_with_an_old_policy if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [listener("ELBSecurityPolicy-2016-08")]}, "context": {}}
}
