# METADATA
# title: SNS topics are encrypted
# description: >-
#   Every SNS topic encrypts messages at rest with a KMS key (a customer-managed key that the
#   publishing services may use, since CloudWatch alarms cannot publish with the AWS-managed key).
# custom:
#   id: IDIO-SNS-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     Alarm and notification messages name resources, addresses and error details; SNS stores
#     them unencrypted unless a key is set.
#   controls:
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.sns_encryption

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.sns.topic")
	not node.props.kmsMasterKeyId
	violation := object.union(
		{"resource": node.id, "message": sprintf("Topic %s stores messages unencrypted.", [node.id])},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "add", "path": "/props/kmsMasterKeyId", "value": lib.ref(lib.kms_key_for(node.region, "cloudwatch"), "id")}]} if {
	lib.kms_key_for(node.region, "cloudwatch")
}

fix(node) := {} if not lib.kms_key_for(node.region, "cloudwatch")
