package idio.test.ecs_container_insights

import rego.v1

import data.idio.rules.ecs_container_insights as rule

cluster(on) := {"id": "compute.cluster", "kind": "aws.ecs.cluster", "props": {"containerInsights": on}}

test_passes_with_insights if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [cluster(true)]}, "context": {"environment": "production"}}
}

test_fails_without_insights if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [cluster(false)]}, "context": {"environment": "production"}}
}
