# METADATA
# title: Web ACLs use the core managed rule groups and a rate limit
# description: >-
#   Every web ACL includes the AWS managed Core rule set and Known bad inputs rule group and a
#   per-client rate limit.
# custom:
#   id: IDIO-WAF-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     A web ACL without rules allows everything. The core rule set covers the OWASP Top 10
#     patterns, known bad inputs blocks exploits such as Log4Shell, and the rate limit blunts
#     credential stuffing and floods.
#   controls:
#     pci-dss: ["6.4.2"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["SC-5", "SI-3"]
package idio.rules.waf_managed_rules

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required_groups := ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"]

deny contains violation if {
	some acl in lib.nodes("aws.wafv2.web_acl")
	present := {group.name | some group in acl.props.managedRuleGroups}
	missing := [name | some name in required_groups; not name in present]
	count(missing) > 0
	next := max(array.concat([0], [group.priority | some group in acl.props.managedRuleGroups])) + 1
	violation := {
		"resource": acl.id,
		"message": sprintf("Web ACL %s lacks the managed rule groups %s.", [acl.id, concat(", ", missing)]),
		"fix": [{"op": "add", "path": "/props/managedRuleGroups/-", "value": {"vendor": "AWS", "name": name, "priority": next + i}} |
			some i, name in missing
		],
	}
}

deny contains violation if {
	some acl in lib.nodes("aws.wafv2.web_acl")
	acl.props.rateLimitPer5Minutes <= 0
	violation := {
		"resource": acl.id,
		"message": sprintf("Web ACL %s has no rate limit.", [acl.id]),
		"fix": [{"op": "replace", "path": "/props/rateLimitPer5Minutes", "value": 2000}],
	}
}
