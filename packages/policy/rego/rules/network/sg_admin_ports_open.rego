# METADATA
# title: No security group opens SSH or RDP to the internet
# description: No ingress rule allows 0.0.0.0/0 or ::/0 to reach port 22 (SSH) or 3389 (RDP).
# custom:
#   id: IDIO-SG-001
#   severity: critical
#   fixable: false
#   rationale: >-
#     Remote administration ports open to the internet are scanned within minutes and brute
#     forced constantly. Use SSM Session Manager or ECS Exec, which need no open port.
#   controls:
#     cis-aws: ["5.2", "5.3"]
#     pci-dss: ["1.3.1", "1.2.5"]
#     hipaa: ["164.312(e)(1)", "164.312(a)(1)"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7", "AC-17", "CM-7"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.sg_admin_ports_open

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some rule in lib.nodes("aws.ec2.security_group_ingress")
	lib.anywhere(rule.props.cidrIpv4)
	some port in [22, 3389]
	lib.covers_port(rule.props, port)
	violation := {
		"resource": rule.id,
		"message": sprintf("Ingress rule %s opens port %d to the internet (%s).", [rule.id, port, rule.props.cidrIpv4]),
	}
}
