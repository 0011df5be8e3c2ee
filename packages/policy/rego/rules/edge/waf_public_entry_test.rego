package idio.test.waf_public_entry

import rego.v1

import data.idio.rules.waf_public_entry as rule

lb := {"id": "web.lb", "kind": "aws.elbv2.load_balancer", "props": {"internal": false}}

association := {"id": "web.waf-association", "kind": "aws.wafv2.web_acl_association", "props": {"resourceArn": {"ref": "web.lb", "attr": "arn"}, "webAclArn": {"ref": "edge.waf", "attr": "arn"}}}

pci := {"compliance": ["pci-dss"], "security": {"wafEnabled": false}}

test_passes_with_an_association if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb, association]}, "context": pci}
}

test_passes_without_pci_or_waf if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [lb]}, "context": {"compliance": [], "security": {"wafEnabled": false}}}
}

test_fails_without_a_web_acl_under_pci if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [lb]}, "context": pci}
}

test_fixes_a_distribution_with_the_cloudfront_acl if {
	cdn := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "props": {}}
	acl := {"id": "edge.waf.cloudfront", "kind": "aws.wafv2.web_acl", "props": {"scope": "CLOUDFRONT"}}
	violations := rule.deny with input as {"graph": {"nodes": [cdn, acl]}, "context": pci}
	count(violations) == 1
	some v in violations
	v.fix[0].value == {"ref": "edge.waf.cloudfront", "attr": "arn"}
}

test_adds_a_cloudfront_acl_when_none_exists if {
	cdn := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "props": {}}
	violations := rule.deny with input as {"graph": {"name": "shop", "nodes": [cdn]}, "context": object.union(pci, {"environment": "production"})}
	count(violations) == 1
	some v in violations
	v.add_nodes[0].props.scope == "CLOUDFRONT"
	v.add_nodes[0].props.name == "shop-production-cdn-waf"
	v.fix[0].value == {"ref": "edge.waf.cloudfront", "attr": "arn"}
}

test_adds_the_cloudfront_acl_in_the_edge_region_outside_us_east_1 if {
	cdn := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "props": {}}
	violations := rule.deny with input as {"graph": {"name": "shop", "region": "eu-central-1", "nodes": [cdn]}, "context": object.union(pci, {"environment": "production"})}
	some v in violations
	v.add_nodes[0].region == "edge"
	contains(v.add_nodes[0].reason.summary, "eu-central-1")
}

test_adds_the_cloudfront_acl_in_the_primary_region_in_us_east_1 if {
	cdn := {"id": "site.cdn", "kind": "aws.cloudfront.distribution", "props": {}}
	violations := rule.deny with input as {"graph": {"name": "shop", "region": "us-east-1", "nodes": [cdn]}, "context": object.union(pci, {"environment": "production"})}
	some v in violations
	v.add_nodes[0].region == "primary"
}
