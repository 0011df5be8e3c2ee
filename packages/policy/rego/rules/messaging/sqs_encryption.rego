# METADATA
# title: SQS queues are encrypted
# description: Every SQS queue encrypts messages at rest with SQS-managed keys or a KMS key.
# custom:
#   id: IDIO-SQS-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     Messages carry orders, e-mails and identifiers between tiers; unencrypted queues keep them
#     readable on disk for up to 14 days.
#   controls:
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.sqs_encryption

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.sqs.queue")
	not node.props.sqsManagedSse == true
	not node.props.kmsMasterKeyId
	violation := {
		"resource": node.id,
		"message": sprintf("Queue %s stores messages unencrypted.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/sqsManagedSse", "value": true}],
	}
}
