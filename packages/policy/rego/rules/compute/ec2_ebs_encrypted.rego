# METADATA
# title: EC2 volumes are encrypted
# description: The root volume of every launch template is encrypted.
# custom:
#   id: IDIO-EC2-002
#   severity: high
#   fixable: true
#   rationale: >-
#     Instance volumes hold application files, caches and temporary data; unencrypted volumes
#     and their snapshots are readable by anyone who obtains a copy.
#   controls:
#     cis-aws: ["2.2.1"]
#     pci-dss: ["3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.ec2_ebs_encrypted

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.ec2.launch_template")
	not node.props.rootVolume.encrypted == true
	violation := {
		"resource": node.id,
		"message": sprintf("Launch template %s creates unencrypted root volumes.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/rootVolume/encrypted", "value": true}],
	}
}
