# METADATA
# title: CloudFront custom domains require TLS 1.2
# description: Distributions with their own certificate set the minimum viewer protocol to TLSv1.2_2021.
# custom:
#   id: IDIO-CF-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     Older security policies accept TLS 1.0 and 1.1 and weak ciphers. (Distributions on the
#     default *.cloudfront.net certificate cannot choose and are not flagged.)
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(2)(ii)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8(1)", "SC-13"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.cloudfront_tls_version

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.cloudfront.distribution")
	node.props.certificateArn
	not node.props.minimumProtocolVersion in {"TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"}
	violation := {
		"resource": node.id,
		"message": sprintf("Distribution %s accepts viewer protocol %s.", [node.id, node.props.minimumProtocolVersion]),
		"fix": [{"op": "replace", "path": "/props/minimumProtocolVersion", "value": "TLSv1.2_2021"}],
	}
}
