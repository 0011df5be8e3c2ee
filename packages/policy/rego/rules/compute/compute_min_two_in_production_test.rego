package idio.test.compute_min_two_in_production

import rego.v1

import data.idio.rules.compute_min_two_in_production as rule

service(n) := {"id": "api.service", "kind": "aws.ecs.service", "reason": {"pointers": ["/tiers/1"]}, "props": {"desiredCount": n}}

prod := {"environment": "production"}

test_passes_with_two if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [service(2)]}, "context": prod}
}

test_fails_with_one if {
	violations := rule.deny with input as {"graph": {"nodes": [service(1)]}, "context": prod}
	count(violations) == 1
	some v in violations
	v.intent == "/tiers/1/scaling/min"
}

test_fails_for_a_node_made_by_no_tier if {
	node := {"id": "x.asg", "kind": "aws.autoscaling.group", "reason": {"pointers": []}, "props": {"minSize": 1, "desiredCapacity": 1}}
	violations := rule.deny with input as {"graph": {"nodes": [node]}, "context": prod}
	count(violations) == 1
	some v in violations
	count(v.fix) == 2
}

test_exempts_a_pilot_light_at_zero_outside_the_primary if {
	node := object.union(service(0), {"id": "dr.api.service", "region": "dr"})
	count(rule.deny) == 0 with input as {"graph": {"nodes": [node]}, "context": prod}
}

test_fails_for_one_copy_outside_the_primary if {
	node := object.union(service(1), {"id": "dr.api.service", "region": "dr"})
	count(rule.deny) == 1 with input as {"graph": {"nodes": [node]}, "context": prod}
}

test_fails_for_zero_in_the_primary if {
	node := object.union(service(0), {"region": "primary"})
	count(rule.deny) == 1 with input as {"graph": {"nodes": [node]}, "context": prod}
}
