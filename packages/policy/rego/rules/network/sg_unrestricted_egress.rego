# METADATA
# title: Egress is limited for PCI DSS and NIST 800-53
# description: >-
#   Under PCI DSS or NIST 800-53, no security group allows all protocols to 0.0.0.0/0; egress
#   names its ports (443 for AWS APIs and image pulls, the data store ports).
# custom:
#   id: IDIO-SG-004
#   severity: low
#   fixable: false
#   frameworks: ["pci-dss", "nist-800-53"]
#   rationale: >-
#     Unrestricted egress lets malware and an attacker exfiltrate data to any host on any port.
#     Limiting egress to HTTPS and known data store ports narrows both.
#   controls:
#     pci-dss: ["1.3.2", "1.4.4"]
#     nist-800-53: ["SC-7(5)", "AC-4"]
package idio.rules.sg_unrestricted_egress

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some rule in lib.nodes("aws.ec2.security_group_egress")
	rule.props.ipProtocol == "-1"
	lib.anywhere(rule.props.cidrIpv4)
	violation := {
		"resource": rule.id,
		"message": sprintf("Egress rule %s allows every protocol and port to the internet.", [rule.id]),
	}
}
