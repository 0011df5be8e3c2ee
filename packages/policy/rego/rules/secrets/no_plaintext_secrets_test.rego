package idio.test.no_plaintext_secrets

import rego.v1

import data.idio.rules.no_plaintext_secrets as rule

fn(environment) := {"id": "api.function", "kind": "aws.lambda.function", "props": {"environment": environment}}

test_passes_for_references_and_plain_settings if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [fn({"DB_PASSWORD_ARN": {"ref": "db.instance", "attr": "masterUserSecretArn"}, "LOG_LEVEL": "info"})]}, "context": {}}
}

test_fails_for_a_literal_password if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [fn({"DB_PASSWORD": "hunter2"})]}, "context": {}}
}

test_fails_for_a_literal_token_in_a_container if {
	task := {"id": "api.task", "kind": "aws.ecs.task_definition", "props": {"container": {"environment": [{"name": "STRIPE_API_KEY", "value": "sk_live_x"}]}}}
	count(rule.deny) == 1 with input as {"graph": {"nodes": [task]}, "context": {}}
}
