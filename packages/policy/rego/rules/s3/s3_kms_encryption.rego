# METADATA
# title: S3 buckets use KMS encryption
# description: >-
#   When the intent asks for encryption at rest (the default) or lists a compliance framework,
#   every S3 bucket except log buckets encrypts with SSE-KMS and an S3 Bucket Key.
# custom:
#   id: IDIO-S3-002
#   severity: medium
#   fixable: true
#   rationale: >-
#     SSE-S3 encrypts with keys nobody can audit or revoke. SSE-KMS puts every decryption in
#     CloudTrail and lets a key policy limit who can read the data; the Bucket Key keeps the KMS
#     request cost low. Log buckets keep SSE-S3 because load balancer log delivery requires it.
#   controls:
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28", "SC-28(1)", "SC-12"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.s3_kms_encryption

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required if lib.encryption_at_rest

required if count(input.context.compliance) > 0

deny contains violation if {
	required
	some node in lib.nodes("aws.s3.bucket")
	node.props.purpose != "logs"
	not kms_with_bucket_key(node.props.encryption)
	violation := {
		"resource": node.id,
		"message": sprintf("Bucket %s is encrypted with %s, not SSE-KMS with a Bucket Key.", [node.id, node.props.encryption.algorithm]),
		"intent": "/security/encryptionAtRest",
		"fix": fix(node),
	}
}

kms_with_bucket_key(encryption) if {
	encryption.algorithm == "aws:kms"
	encryption.bucketKeyEnabled == true
}

fix(node) := [{"op": "replace", "path": "/props/encryption", "value": object.union(
	{"algorithm": "aws:kms", "bucketKeyEnabled": true},
	key_of(node),
)}]

key_of(node) := {"kmsKeyId": lib.ref(lib.kms_key(node.region), "arn")} if lib.kms_key(node.region)

key_of(node) := {} if not lib.kms_key(node.region)
