package idio.test.s3_replication

import rego.v1

import data.idio.rules.s3_replication as rule

replicated := {"id": "b", "kind": "aws.s3.bucket", "region": "primary", "props": {"purpose": "data", "replication": {"storageClass": "STANDARD"}}}

unreplicated := {"id": "b", "kind": "aws.s3.bucket", "region": "primary", "props": {"purpose": "data"}}

dr := {"disasterRecovery": {"crossRegionReplication": true}}

test_passes_when_replicated if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [replicated]}, "context": dr}
}

test_passes_without_replication_in_the_intent if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [unreplicated]}, "context": {"disasterRecovery": {"crossRegionReplication": false}}}
}

test_fails_when_not_replicated if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [unreplicated]}, "context": dr}
}
