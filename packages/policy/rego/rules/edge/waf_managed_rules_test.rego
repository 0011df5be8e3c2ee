package idio.test.waf_managed_rules

import rego.v1

import data.idio.rules.waf_managed_rules as rule

acl(groups) := {"id": "edge.waf", "kind": "aws.wafv2.web_acl", "props": {"rateLimitPer5Minutes": 2000, "managedRuleGroups": groups}}

core := {"vendor": "AWS", "name": "AWSManagedRulesCommonRuleSet", "priority": 1}

bad_inputs := {"vendor": "AWS", "name": "AWSManagedRulesKnownBadInputsRuleSet", "priority": 2}

test_passes_with_both_groups if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [acl([core, bad_inputs])]}, "context": {}}
}

test_fails_without_known_bad_inputs if {
	violations := rule.deny with input as {"graph": {"nodes": [acl([core])]}, "context": {}}
	count(violations) == 1
	some v in violations
	v.fix == [{"op": "add", "path": "/props/managedRuleGroups/-", "value": {"vendor": "AWS", "name": "AWSManagedRulesKnownBadInputsRuleSet", "priority": 2}}]
}
