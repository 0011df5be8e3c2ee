# METADATA
# title: A CloudTrail trail records API activity
# description: >-
#   When the intent lists a compliance framework, the plan includes a CloudTrail trail (or the
#   finding is waived because an organisation trail already covers the account).
# custom:
#   id: IDIO-CT-001
#   severity: high
#   fixable: false
#   frameworks: ["cis-aws", "pci-dss", "hipaa", "soc2", "nist-800-53", "gdpr"]
#   rationale: >-
#     CloudTrail is the audit log of who did what in the account. Every framework asks for it,
#     and without it no change or intrusion can be reconstructed.
#   controls:
#     cis-aws: ["3.1"]
#     pci-dss: ["10.2.1", "10.2.2"]
#     hipaa: ["164.312(b)", "164.308(a)(1)(ii)(D)"]
#     soc2: ["CC7.2", "CC7.3"]
#     nist-800-53: ["AU-2", "AU-3", "AU-12"]
#     gdpr: ["Art. 30", "Art. 33"]
package idio.rules.cloudtrail_enabled

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	count(lib.nodes("aws.cloudtrail.trail")) == 0
	violation := {
		"message": "The plan has no CloudTrail trail; waive this rule if an organisation trail covers the account.",
		"intent": "/compliance",
	}
}
