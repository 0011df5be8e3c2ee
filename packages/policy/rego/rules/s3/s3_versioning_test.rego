package idio.test.s3_versioning

import rego.v1

import data.idio.rules.s3_versioning as rule

bucket(purpose, versioning) := {"id": "b", "kind": "aws.s3.bucket", "props": {"purpose": purpose, "versioning": versioning}}

no_dr := {"disasterRecovery": {"crossRegionReplication": false}}

test_passes_when_versioned if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket("data", true)]}, "context": no_dr}
}

test_passes_for_a_log_bucket_without_replication if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [bucket("logs", false)]}, "context": no_dr}
}

test_fails_for_an_unversioned_data_bucket if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [bucket("data", false)]}, "context": no_dr}
}
