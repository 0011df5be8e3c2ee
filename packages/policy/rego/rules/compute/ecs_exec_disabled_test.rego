package idio.test.ecs_exec_disabled

import rego.v1

import data.idio.rules.ecs_exec_disabled as rule

service(exec) := {"id": "api.service", "kind": "aws.ecs.service", "props": {"enableExecuteCommand": exec}}

test_passes_without_exec if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [service(false)]}, "context": {"environment": "production"}}
}

test_fails_with_exec_in_production if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [service(true)]}, "context": {"environment": "production"}}
}
