# METADATA
# title: Log groups are encrypted with a customer-managed key
# description: >-
#   Under HIPAA or PCI DSS, every CloudWatch log group is encrypted with a customer-managed KMS
#   key that the CloudWatch Logs service may use.
# custom:
#   id: IDIO-LOG-003
#   severity: medium
#   fixable: true
#   frameworks: ["hipaa", "pci-dss"]
#   rationale: >-
#     Application logs routinely capture personal and cardholder data. A customer-managed key
#     lets the key policy limit who can read them and records every decryption.
#   controls:
#     pci-dss: ["3.5.1", "10.3.2"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     nist-800-53: ["SC-28", "AU-9"]
package idio.rules.log_group_kms

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.logs.log_group")
	not node.props.kmsKeyId
	violation := object.union(
		{
			"resource": node.id,
			"message": sprintf("Log group %s is not encrypted with a customer-managed key.", [node.id]),
			"intent": "/security/encryptionAtRest",
		},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "add", "path": "/props/kmsKeyId", "value": lib.ref(lib.kms_key_for(node.region, "logs"), "arn")}]} if {
	lib.kms_key_for(node.region, "logs")
}

fix(node) := {} if not lib.kms_key_for(node.region, "logs")
