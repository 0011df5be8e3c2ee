# METADATA
# title: EC2 instances require IMDSv2
# description: >-
#   Launch templates require session tokens for the instance metadata service (IMDSv2) with a hop
#   limit of at most 2.
# custom:
#   id: IDIO-EC2-001
#   severity: high
#   fixable: true
#   rationale: >-
#     IMDSv1 answers any GET, so a server-side request forgery bug in the application hands the
#     instance role's credentials to an attacker. IMDSv2 needs a PUT with a token first.
#   controls:
#     cis-aws: ["5.6"]
#     pci-dss: ["2.2.1", "6.2.4"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1", "CC6.8"]
#     nist-800-53: ["AC-3", "SC-7", "CM-6"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.ec2_imdsv2

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.ec2.launch_template")
	options := node.props.metadataOptions
	options.httpEndpoint != "disabled"
	not safe(options)
	violation := {
		"resource": node.id,
		"message": sprintf("Launch template %s allows IMDSv1 or a hop limit above 2 (tokens %s, hop limit %d).", [node.id, options.httpTokens, options.httpPutResponseHopLimit]),
		"fix": [
			{"op": "replace", "path": "/props/metadataOptions/httpTokens", "value": "required"},
			{"op": "replace", "path": "/props/metadataOptions/httpPutResponseHopLimit", "value": min([2, options.httpPutResponseHopLimit])},
		],
	}
}

safe(options) if {
	options.httpTokens == "required"
	options.httpPutResponseHopLimit <= 2
}
