# METADATA
# title: S3 buckets block all public access
# description: Every S3 bucket turns on all four Block Public Access settings.
# custom:
#   id: IDIO-S3-001
#   severity: high
#   fixable: true
#   rationale: >-
#     Block Public Access overrides any ACL or bucket policy that would expose objects to
#     the internet, so a later mistake in a policy cannot leak data. Public content is
#     served through CloudFront with an origin access control instead.
#   controls:
#     cis-aws: ["2.1.4"]
#     pci-dss: ["1.3.1", "1.4.4"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1", "CC6.6"]
#     nist-800-53: ["AC-3", "AC-21", "SC-7"]
#     gdpr: ["Art. 25(2)", "Art. 32(1)(b)"]
package idio.rules.s3_public_access_block

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

settings := ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"]

deny contains violation if {
	some node in lib.nodes("aws.s3.bucket")
	off := [name | some name in settings; not node.props.publicAccessBlock[name] == true]
	count(off) > 0
	violation := {
		"resource": node.id,
		"message": sprintf("Bucket %s does not block public access (%s off).", [node.id, concat(", ", off)]),
		"fix": [{"op": "replace", "path": sprintf("/props/publicAccessBlock/%s", [name]), "value": true} | some name in off],
	}
}
