# METADATA
# title: Kinesis streams are encrypted
# description: Every Kinesis data stream encrypts records at rest with KMS.
# custom:
#   id: IDIO-KIN-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     Streams hold event data, often personal, for up to a year; without server-side encryption
#     it is stored in clear.
#   controls:
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.kinesis_encryption

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.kinesis.stream")
	node.props.encryption.type != "KMS"
	violation := object.union(
		{"resource": node.id, "message": sprintf("Stream %s stores records unencrypted.", [node.id])},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "replace", "path": "/props/encryption", "value": {
	"type": "KMS",
	"kmsKeyId": lib.ref(lib.kms_key(node.region), "arn"),
}}]} if {
	lib.kms_key(node.region)
}

fix(node) := {} if not lib.kms_key(node.region)
