# METADATA
# title: Lambda functions are traced with X-Ray
# description: Every Lambda function has active X-Ray tracing.
# custom:
#   id: IDIO-LAMBDA-001
#   severity: low
#   fixable: true
#   rationale: >-
#     Traces show which calls a function made and where time and errors went; without them an
#     incident in a chain of functions is investigated by guesswork.
#   controls:
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-12", "SI-4"]
#     pci-dss: ["10.2.1"]
package idio.rules.lambda_tracing

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.lambda.function")
	node.props.tracing != "Active"
	violation := {
		"resource": node.id,
		"message": sprintf("Function %s is not traced.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/tracing", "value": "Active"}],
	}
}
