# METADATA
# title: CloudFront serves viewers over HTTPS only
# description: Every CloudFront distribution redirects HTTP to HTTPS or refuses HTTP.
# custom:
#   id: IDIO-CF-001
#   severity: high
#   fixable: true
#   rationale: >-
#     With `allow-all`, pages and cookies are served over plain HTTP to anyone who follows an
#     http:// link, open to interception and injection.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.cloudfront_https_only

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.cloudfront.distribution")
	node.props.viewerProtocolPolicy == "allow-all"
	violation := {
		"resource": node.id,
		"message": sprintf("Distribution %s serves viewers over plain HTTP.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/viewerProtocolPolicy", "value": "redirect-to-https"}],
	}
}
