# METADATA
# title: CloudTrail logs are encrypted with a customer-managed key
# description: Every trail encrypts its log files with a customer-managed KMS key that CloudTrail may use.
# custom:
#   id: IDIO-CT-004
#   severity: medium
#   fixable: true
#   rationale: >-
#     Trail logs reveal the account's whole structure. With SSE-KMS, reading them needs both S3
#     access and the key, and every read is itself logged.
#   controls:
#     cis-aws: ["3.5"]
#     pci-dss: ["10.3.2"]
#     hipaa: ["164.312(a)(2)(iv)", "164.312(b)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AU-9", "SC-28"]
package idio.rules.cloudtrail_kms

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.cloudtrail.trail")
	not node.props.kmsKeyId
	violation := object.union(
		{"resource": node.id, "message": sprintf("Trail %s does not encrypt its logs with a customer-managed key.", [node.id])},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "add", "path": "/props/kmsKeyId", "value": lib.ref(lib.kms_key_for(node.region, "cloudtrail"), "arn")}]} if {
	lib.kms_key_for(node.region, "cloudtrail")
}

fix(node) := {} if not lib.kms_key_for(node.region, "cloudtrail")
