package idio.test.ecs_no_public_ip

import rego.v1

import data.idio.rules.ecs_no_public_ip as rule

service(public) := {"id": "api.service", "kind": "aws.ecs.service", "props": {"assignPublicIp": public}}

test_passes_without_public_ip if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [service(false)]}, "context": {}}
}

test_fails_with_public_ip if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [service(true)]}, "context": {}}
}
