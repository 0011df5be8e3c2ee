package idio.test.elb_tls_inside_vpc

import rego.v1

import data.idio.rules.elb_tls_inside_vpc as rule

lb := {"id": "web.alb", "kind": "aws.elbv2.load_balancer", "props": {"internal": true}}

public_lb := {"id": "web.alb", "kind": "aws.elbv2.load_balancer", "props": {"internal": false}}

listener(protocol) := {"id": "web.alb.listener", "kind": "aws.elbv2.listener", "props": {"loadBalancerArn": {"ref": "web.alb", "attr": "arn"}, "protocol": protocol}}

origin := {"id": "web.vpc-origin", "kind": "aws.cloudfront.vpc_origin", "props": {"loadBalancerArn": {"ref": "web.alb", "attr": "arn"}, "originProtocolPolicy": "http-only"}}

pci := {"compliance": ["pci-dss"], "security": {}}

test_passes_with_https if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb, listener("HTTPS")]}, "context": pci}
}

test_passes_without_a_framework if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb, listener("HTTP")]}, "context": {"compliance": ["soc2"], "security": {}}}
}

test_ignores_internet_facing if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [public_lb, listener("HTTP")]}, "context": pci}
}

test_fails_naming_the_origin_leg_behind_cloudfront if {
	some violation in rule.deny with input as {"graph": {"nodes": [lb, listener("HTTP"), origin]}, "context": pci}
	startswith(violation.message, "CloudFront reaches load balancer web.alb through its VPC origin over plain HTTP")
}

test_fails_naming_callers_inside_the_vpc if {
	some violation in rule.deny with input as {"graph": {"nodes": [lb, listener("HTTP")]}, "context": {"compliance": ["hipaa"], "security": {}}}
	startswith(violation.message, "Internal load balancer web.alb listens on plain HTTP")
}

test_fails_located_at_the_tier if {
	tier_lb := object.union(lb, {"reason": {"pointers": ["/tiers/1", "/tiers/1/type"]}})
	some violation in rule.deny with input as {"graph": {"nodes": [tier_lb, listener("HTTP")]}, "context": pci}
	violation.intent == "/tiers/1"
}
