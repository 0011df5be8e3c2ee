# METADATA
# title: Log groups keep logs as long as the listed frameworks require
# description: >-
#   Log groups keep logs for at least 365 days under PCI DSS, SOC 2, CIS and NIST 800-53, 2192
#   days (six years) under HIPAA and 90 days under GDPR.
# custom:
#   id: IDIO-LOG-002
#   severity: medium
#   fixable: true
#   frameworks: ["pci-dss", "hipaa", "soc2", "cis-aws", "nist-800-53", "gdpr"]
#   rationale: >-
#     Auditors ask for a year of audit history under PCI DSS 10.5.1 and for six years of HIPAA
#     documentation; logs deleted earlier cannot prove anything.
#   controls:
#     pci-dss: ["10.5.1"]
#     hipaa: ["164.316(b)(2)(i)", "164.312(b)"]
#     soc2: ["CC7.2", "CC4.1"]
#     cis-aws: ["3.1"]
#     nist-800-53: ["AU-11"]
#     gdpr: ["Art. 30"]
package idio.rules.log_retention_compliance

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required := max([lib.log_retention_minimum[f] | some f in input.context.compliance; lib.log_retention_minimum[f]])

deny contains violation if {
	some node in lib.nodes("aws.logs.log_group")
	node.props.retentionInDays != 0
	node.props.retentionInDays < required
	violation := {
		"resource": node.id,
		"message": sprintf("Log group %s keeps logs for %d days; the listed frameworks require %d.", [node.id, node.props.retentionInDays, required]),
		"fix": [{"op": "replace", "path": "/props/retentionInDays", "value": required}],
	}
}
