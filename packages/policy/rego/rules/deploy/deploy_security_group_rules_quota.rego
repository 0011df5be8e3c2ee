# METADATA
# title: Security groups hold at most 60 inbound and 60 outbound rules
# description: >-
#   Each security group has at most 60 inbound and 60 outbound rules, the default "Inbound or
#   outbound rules per security group" quota.
# custom:
#   id: IDIO-DEPLOY-005
#   severity: low
#   deploy: warning
#   docs: https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html#vpc-limits-security-groups
#   rationale: >-
#     AuthorizeSecurityGroupIngress fails with RulesPerSecurityGroupLimitExceeded past the quota,
#     so the rules after the 60th are never created and the connections they allow fail. The quota
#     times the security groups per network interface may not exceed 1,000.
package idio.rules.deploy_security_group_rules_quota

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

direction := {"aws.ec2.security_group_ingress": "inbound", "aws.ec2.security_group_egress": "outbound"}

deny contains violation if {
	some group in lib.nodes("aws.ec2.security_group")
	some kind, way in direction

	# Rules of this group, not rules elsewhere that name it as their source or destination.
	rules := [r | some r in lib.referrers(group.id, kind); r.props.securityGroupId.ref == group.id]
	quota := input.limits.quotas.securityGroupRules
	count(rules) > quota.value
	violation := {
		"resource": group.id,
		"message": sprintf(
			"Security group %s has %v %s rules, more than %s. %s",
			[group.id, count(rules), way, lib.quota_of(quota), lib.raise_quota(quota, count(rules), lib.aws_region(group))],
		),
	}
}
