# METADATA
# title: Secrets are never plain-text environment variables
# description: >-
#   No Lambda function or ECS container has an environment variable whose name suggests a secret
#   (password, token, API key, private key, credentials) set to a literal value; secrets come from
#   Secrets Manager by reference.
# custom:
#   id: IDIO-SEC-001
#   severity: high
#   fixable: false
#   rationale: >-
#     Environment variable values are visible to anyone who can describe the function or task
#     definition, and land in Terraform state, CloudFormation templates and CI logs.
#   controls:
#     pci-dss: ["8.3.2", "8.6.2", "3.5.1"]
#     hipaa: ["164.312(a)(2)(iv)", "164.312(d)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["IA-5(7)", "SC-28"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.no_plaintext_secrets

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

secret_name(name) if regex.match(`(?i)(password|passwd|secret|token|api_?key|private_?key|credential|access_?key)`, name)

deny contains violation if {
	some node in lib.nodes("aws.lambda.function")
	some name, value in node.props.environment
	secret_name(name)
	is_string(value)
	violation := {
		"resource": node.id,
		"message": sprintf("Function %s sets %s to a literal value; reference a Secrets Manager secret instead.", [node.id, name]),
	}
}

deny contains violation if {
	some node in lib.nodes("aws.ecs.task_definition")
	some variable in node.props.container.environment
	secret_name(variable.name)
	is_string(variable.value)
	violation := {
		"resource": node.id,
		"message": sprintf("Task definition %s sets %s to a literal value; use the container's secrets instead.", [node.id, variable.name]),
	}
}
