package idio.test.elb_drop_invalid_headers

import rego.v1

import data.idio.rules.elb_drop_invalid_headers as rule

lb(drop) := {"id": "web.lb", "kind": "aws.elbv2.load_balancer", "props": {"dropInvalidHeaderFields": drop}}

test_passes_when_dropping if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb(true)]}, "context": {}}
}

test_fails_when_passing_them_on if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [lb(false)]}, "context": {}}
}
