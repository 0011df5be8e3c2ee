# METADATA
# title: HTTPS listeners use a TLS 1.2+ policy
# description: >-
#   Every HTTPS load balancer listener uses a security policy that allows only TLS 1.2 and 1.3
#   with forward-secret ciphers.
# custom:
#   id: IDIO-ELB-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     Older ELB policies still negotiate TLS 1.0/1.1 and CBC ciphers, which PCI DSS and NIST
#     forbid and which allow downgrade attacks.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(2)(ii)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8(1)", "SC-13"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.elb_tls_policy

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

recommended := "ELBSecurityPolicy-TLS13-1-2-2021-06"

modern := {
	"ELBSecurityPolicy-TLS13-1-2-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
	"ELBSecurityPolicy-TLS13-1-3-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
	"ELBSecurityPolicy-FS-1-2-Res-2020-10",
	"ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
}

deny contains violation if {
	some node in lib.nodes("aws.elbv2.listener")
	node.props.protocol == "HTTPS"
	policy := object.get(node.props, "sslPolicy", "(default)")
	not policy in modern
	violation := {
		"resource": node.id,
		"message": sprintf("HTTPS listener %s uses TLS policy %s, which allows protocols older than TLS 1.2.", [node.id, policy]),
		"fix": [{"op": "add", "path": "/props/sslPolicy", "value": recommended}],
	}
}
