# METADATA
# title: KMS keys rotate yearly
# description: Every customer-managed KMS key has automatic key rotation turned on.
# custom:
#   id: IDIO-KMS-001
#   severity: medium
#   fixable: true
#   rationale: >-
#     Rotation limits how much data one key version protects and is what PCI DSS and NIST mean by
#     a defined cryptoperiod. KMS keeps old versions to decrypt old data, so nothing breaks.
#   controls:
#     cis-aws: ["3.6"]
#     pci-dss: ["3.6.1", "3.7.4"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-12", "SC-12(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.kms_key_rotation

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.kms.key")
	not node.props.enableKeyRotation == true
	violation := {
		"resource": node.id,
		"message": sprintf("KMS key %s does not rotate.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/enableKeyRotation", "value": true}],
	}
}
