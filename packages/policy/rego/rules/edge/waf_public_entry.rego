# METADATA
# title: Public entry points are behind AWS WAF
# description: >-
#   Under PCI DSS, or when the intent sets `security.wafEnabled`, every internet-facing load
#   balancer is associated with a regional web ACL and every CloudFront distribution has one.
# custom:
#   id: IDIO-WAF-001
#   severity: high
#   fixable: true
#   rationale: >-
#     PCI DSS 6.4.2 requires an automated solution in front of public web applications that
#     detects and blocks web attacks. AWS WAF managed rule groups block the common injection,
#     known-bad-input and bot traffic, and its rate limit absorbs floods.
#   controls:
#     pci-dss: ["6.4.1", "6.4.2"]
#     hipaa: ["164.308(a)(1)(ii)(B)"]
#     soc2: ["CC6.6", "CC6.8"]
#     nist-800-53: ["SC-5", "SC-7", "SI-4"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.waf_public_entry

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required if lib.framework("pci-dss")

required if input.context.security.wafEnabled == true

deny contains violation if {
	required
	some lb in lib.nodes("aws.elbv2.load_balancer")
	lb.props.internal == false
	not associated(lb.id)
	violation := {
		"resource": lb.id,
		"message": sprintf("Internet-facing load balancer %s has no web ACL.", [lb.id]),
		"intent": "/security/wafEnabled",
	}
}

deny contains violation if {
	required
	some distribution in lib.nodes("aws.cloudfront.distribution")
	not distribution.props.webAclArn
	violation := object.union(
		{
			"resource": distribution.id,
			"message": sprintf("CloudFront distribution %s has no web ACL.", [distribution.id]),
			"intent": "/security/wafEnabled",
		},
		use_cloudfront_acl(distribution),
	)
}

# A CLOUDFRONT-scope web ACL already in the plan can protect the distribution.
use_cloudfront_acl(_) := {"fix": [{"op": "add", "path": "/props/webAclArn", "value": lib.ref(acls[0], "arn")}]} if {
	acls := sort([acl.id | some acl in lib.nodes("aws.wafv2.web_acl"); acl.props.scope == "CLOUDFRONT"])
	count(acls) > 0
}

# None yet: add one (CLOUDFRONT scope) with the core managed rule groups. CloudFront takes web ACLs
# only from us-east-1: in a plan for another region it is an `edge` node (created in us-east-1).
use_cloudfront_acl(distribution) := {
	"add_nodes": [{
		"id": "edge.waf.cloudfront",
		"kind": "aws.wafv2.web_acl",
		"tier": null,
		"region": cloudfront_acl_region,
		"props": {
			"name": name,
			"scope": "CLOUDFRONT",
			"defaultAction": "allow",
			"managedRuleGroups": [
				{"vendor": "AWS", "name": "AWSManagedRulesCommonRuleSet", "priority": 1},
				{"vendor": "AWS", "name": "AWSManagedRulesKnownBadInputsRuleSet", "priority": 2},
				{"vendor": "AWS", "name": "AWSManagedRulesAmazonIpReputationList", "priority": 3},
			],
			"rateLimitPer5Minutes": 2000,
			"metricName": replace(name, "-", ""),
		},
		"dependsOn": [],
		"tags": object.remove(object.get(distribution, "tags", {}), ["idio:tier"]),
		"reason": {
			"summary": sprintf("Web ACL for CloudFront distributions (CLOUDFRONT scope, %s), added by policy IDIO-WAF-001", [cloudfront_acl_where]),
			"pointers": ["/security/wafEnabled"],
			"calculation": [],
		},
	}],
	"fix": [{"op": "add", "path": "/props/webAclArn", "value": lib.ref("edge.waf.cloudfront", "arn")}],
} if {
	count([acl | some acl in lib.nodes("aws.wafv2.web_acl"); acl.props.scope == "CLOUDFRONT"]) == 0
	name := cloudfront_acl_name
}

cloudfront_acl_region := "primary" if input.graph.region == "us-east-1"

cloudfront_acl_region := "edge" if input.graph.region != "us-east-1"

# A graph without a region (hand-made) keeps the ACL with everything else.
cloudfront_acl_region := "primary" if not input.graph.region

cloudfront_acl_where := "us-east-1" if cloudfront_acl_region == "primary"

cloudfront_acl_where := sprintf("created in us-east-1, the only region CloudFront takes it from; the plan is for %s", [input.graph.region]) if cloudfront_acl_region == "edge"

# Named after the regional web ACL when there is one (same naming scheme), else after the plan.
cloudfront_acl_name := sprintf("%s-cdn", [regional[0]]) if {
	regional := sort([acl.props.name | some acl in lib.nodes("aws.wafv2.web_acl"); acl.props.scope == "REGIONAL"])
	count(regional) > 0
}

cloudfront_acl_name := sprintf("%s-%s-cdn-waf", [input.graph.name, input.context.environment]) if {
	count([acl | some acl in lib.nodes("aws.wafv2.web_acl"); acl.props.scope == "REGIONAL"]) == 0
}

associated(lb) if {
	some association in lib.referrers(lb, "aws.wafv2.web_acl_association")
	lib.refers_to(association.props.resourceArn, lb)
}
