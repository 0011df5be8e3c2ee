package idio.test.kms_key_rotation

import rego.v1

import data.idio.rules.kms_key_rotation as rule

key(on) := {"id": "security.key", "kind": "aws.kms.key", "props": {"enableKeyRotation": on}}

test_passes_when_rotating if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [key(true)]}, "context": {}}
}

test_fails_when_not_rotating if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [key(false)]}, "context": {}}
}
