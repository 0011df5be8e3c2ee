# METADATA
# title: S3 bucket policies grant nothing to everyone
# description: >-
#   No bucket policy statement allows an action to the principal `*` without a condition that
#   narrows it (source ARN, VPC endpoint, organisation).
# custom:
#   id: IDIO-S3-004
#   severity: critical
#   fixable: false
#   rationale: >-
#     An Allow to `*` makes the bucket readable or writable by anyone on the internet, and Block
#     Public Access is the only thing standing in the way. Serve public content through
#     CloudFront with an origin access control; waive the finding only for data meant to be public.
#   controls:
#     cis-aws: ["2.1.4"]
#     pci-dss: ["1.3.1", "7.2.1"]
#     hipaa: ["164.312(a)(1)", "164.308(a)(4)"]
#     soc2: ["CC6.1", "CC6.6"]
#     nist-800-53: ["AC-3", "AC-6", "AC-21"]
#     gdpr: ["Art. 25(2)", "Art. 32(1)(b)"]
package idio.rules.s3_public_bucket_policy

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some policy in lib.nodes("aws.s3.bucket_policy")
	some statement in policy.props.statements
	statement.effect == "Allow"
	"*" in object.get(statement, ["principals", "aws"], [])
	count(object.get(statement, "conditions", {})) == 0
	violation := {
		"resource": policy.props.bucket.ref,
		"message": sprintf("Bucket policy %s allows %s to everyone (statement %s).", [policy.id, concat(", ", statement.actions), statement.sid]),
	}
}
