package idio.test.elb_deletion_protection

import rego.v1

import data.idio.rules.elb_deletion_protection as rule

lb(protected) := {"id": "web.lb", "kind": "aws.elbv2.load_balancer", "props": {"deletionProtection": protected}}

test_passes_when_protected if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb(true)]}, "context": {"environment": "production"}}
}

test_fails_when_unprotected if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [lb(false)]}, "context": {"environment": "production"}}
}
