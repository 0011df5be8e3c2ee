# METADATA
# title: Production ECS services disable ECS Exec
# description: In production, ECS services do not allow interactive shells into running tasks.
# custom:
#   id: IDIO-ECS-002
#   severity: low
#   fixable: true
#   rationale: >-
#     ECS Exec gives anyone with the IAM permission a shell next to production data. Turn it on
#     temporarily, with a waiver, when an incident needs it.
#   controls:
#     pci-dss: ["7.2.1", "2.2.4"]
#     hipaa: ["164.312(a)(1)"]
#     soc2: ["CC6.1"]
#     nist-800-53: ["AC-6", "CM-7"]
package idio.rules.ecs_exec_disabled

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes("aws.ecs.service")
	node.props.enableExecuteCommand == true
	violation := {
		"resource": node.id,
		"message": sprintf("Production service %s allows shells into its tasks (ECS Exec).", [node.id]),
		"fix": [{"op": "replace", "path": "/props/enableExecuteCommand", "value": false}],
	}
}
