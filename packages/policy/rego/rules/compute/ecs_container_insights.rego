# METADATA
# title: ECS clusters collect Container Insights
# description: In production, ECS clusters collect Container Insights metrics and logs.
# custom:
#   id: IDIO-ECS-003
#   severity: low
#   fixable: true
#   rationale: >-
#     Without Container Insights there are no per-task CPU, memory and restart metrics, so a
#     failing or starved service is noticed by its users first.
#   controls:
#     soc2: ["CC7.2"]
#     nist-800-53: ["SI-4", "AU-12"]
package idio.rules.ecs_container_insights

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes("aws.ecs.cluster")
	not node.props.containerInsights == true
	violation := {
		"resource": node.id,
		"message": sprintf("Production cluster %s does not collect Container Insights.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/containerInsights", "value": true}],
	}
}
