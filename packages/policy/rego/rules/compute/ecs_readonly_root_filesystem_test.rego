package idio.test.ecs_readonly_root_filesystem

import rego.v1

import data.idio.rules.ecs_readonly_root_filesystem as rule

task(readonly) := {"id": "api.task", "kind": "aws.ecs.task_definition", "props": {"container": {"readonlyRootFilesystem": readonly}}}

test_passes_when_read_only if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [task(true)]}, "context": {}}
}

test_fails_when_writable if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [task(false)]}, "context": {}}
}
