# METADATA
# title: Only web ports of public load balancers are open to the internet
# description: >-
#   Ingress from 0.0.0.0/0 or ::/0 is allowed only on ports 80 and 443, and only into a security
#   group of an internet-facing load balancer.
# custom:
#   id: IDIO-SG-002
#   severity: high
#   fixable: false
#   rationale: >-
#     Anything else reachable from the internet (application ports, databases, caches, all
#     ports) skips the load balancer, its TLS policy and its WAF.
#   controls:
#     cis-aws: ["5.2"]
#     pci-dss: ["1.3.1", "1.4.2"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7", "SC-7(5)"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.sg_public_ingress

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

# The security group belongs to an internet-facing load balancer.
public_lb_group(group) if {
	some lb in lib.referrers(group, "aws.elbv2.load_balancer")
	lb.props.internal == false
	some r in lb.props.securityGroupIds
	r.ref == group
}

web_port(rule) if {
	rule.ipProtocol == "tcp"
	rule.fromPort == rule.toPort
	rule.fromPort in {80, 443}
}

deny contains violation if {
	some rule in lib.nodes("aws.ec2.security_group_ingress")
	lib.anywhere(rule.props.cidrIpv4)
	not admin_port(rule.props)
	not allowed(rule.props)
	violation := {
		"resource": rule.id,
		"message": sprintf("Ingress rule %s opens %s ports %d-%d to the internet.", [rule.id, rule.props.ipProtocol, rule.props.fromPort, rule.props.toPort]),
	}
}

allowed(rule) if {
	web_port(rule)
	public_lb_group(rule.securityGroupId.ref)
}

# Reported by IDIO-SG-001 instead.
admin_port(rule) if {
	some port in [22, 3389]
	lib.covers_port(rule, port)
}
