# METADATA
# title: Containers run with a read-only root filesystem
# description: Every ECS task definition mounts its container's root filesystem read-only.
# custom:
#   id: IDIO-ECS-004
#   severity: low
#   fixable: true
#   rationale: >-
#     A writable root filesystem lets an attacker who gets code execution drop tools and
#     persist changes in the container. Applications write to mounted volumes or /tmp instead.
#   controls:
#     pci-dss: ["2.2.1", "6.2.4"]
#     hipaa: ["164.312(c)(1)"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["CM-7", "SI-7"]
package idio.rules.ecs_readonly_root_filesystem

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.ecs.task_definition")
	not node.props.container.readonlyRootFilesystem == true
	violation := {
		"resource": node.id,
		"message": sprintf("Task definition %s lets its container write to its root filesystem.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/container/readonlyRootFilesystem", "value": true}],
	}
}
