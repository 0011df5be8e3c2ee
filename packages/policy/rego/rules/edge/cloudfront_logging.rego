# METADATA
# title: CloudFront distributions write access logs
# description: In production or under a compliance framework, every CloudFront distribution writes standard logs to a log bucket.
# custom:
#   id: IDIO-CF-003
#   severity: low
#   fixable: true
#   rationale: >-
#     Edge logs are the only record of requests that CloudFront answered from its cache and of
#     the clients behind an attack on the distribution.
#   controls:
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2", "AU-12"]
#     gdpr: ["Art. 33"]
package idio.rules.cloudfront_logging

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required if lib.production

required if count(input.context.compliance) > 0

deny contains violation if {
	required
	some node in lib.nodes("aws.cloudfront.distribution")
	not node.props.logging
	violation := object.union(
		{"resource": node.id, "message": sprintf("Distribution %s writes no access logs.", [node.id])},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "add", "path": "/props/logging", "value": {
	"bucketDomainName": lib.ref(lib.logs_bucket(node.region), "regionalDomainName"),
	"prefix": sprintf("cloudfront/%s/", [node.id]),
}}]} if {
	lib.logs_bucket(node.region)
}

fix(node) := {} if not lib.logs_bucket(node.region)
