# METADATA
# title: S3 buckets disable ACLs
# description: >-
#   Buckets other than log buckets use the BucketOwnerEnforced object ownership setting, which
#   turns access control lists off.
# custom:
#   id: IDIO-S3-008
#   severity: low
#   fixable: true
#   rationale: >-
#     With ACLs off, only IAM and bucket policies decide access, so an object uploaded with a
#     public-read ACL cannot become public and the owner always owns every object. Log buckets
#     keep ACLs because CloudFront log delivery needs them.
#   controls:
#     pci-dss: ["7.2.1"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-3", "AC-6"]
#     gdpr: ["Art. 25(2)"]
package idio.rules.s3_acls_disabled

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.s3.bucket")
	node.props.purpose != "logs"
	node.props.objectOwnership != "BucketOwnerEnforced"
	violation := {
		"resource": node.id,
		"message": sprintf("Bucket %s allows ACLs (object ownership %s).", [node.id, node.props.objectOwnership]),
		"fix": [{"op": "replace", "path": "/props/objectOwnership", "value": "BucketOwnerEnforced"}],
	}
}
