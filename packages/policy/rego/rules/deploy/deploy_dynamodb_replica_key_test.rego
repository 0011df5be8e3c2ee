package idio.test.deploy_dynamodb_replica_key

import rego.v1

import data.idio.rules.deploy_dynamodb_replica_key as rule

key := {"ref": "security.kms.key", "attr": "arn"}

dr_key := {"ref": "dr.security.kms.key", "attr": "arn"}

table(props) := {"id": "orders.table", "kind": "aws.dynamodb.table", "region": "primary", "props": object.union(
	{"serverSideEncryption": {"enabled": true, "kmsKeyArn": key}},
	props,
)}

graph(nodes) := {"graph": {"region": "us-east-1", "nodes": nodes}, "context": {}}

test_passes_with_a_key_per_replica if {
	count(rule.deny) == 0 with input as graph([table({"replicaRegions": [{"region": "us-west-2", "kmsKeyArn": dr_key}]})])
	count(rule.deny) == 0 with input as graph([table({"replicaRegions": ["us-west-2"], "replicaKmsKeyArns": {"us-west-2": dr_key}})])
}

test_passes_on_the_aws_owned_key if {
	count(rule.deny) == 0 with input as graph([{"id": "t", "kind": "aws.dynamodb.table", "props": {
		"serverSideEncryption": {"enabled": true},
		"replicaRegions": ["us-west-2"],
	}}])
}

test_fails_for_a_replica_without_a_key if {
	[v] := [v | some v in rule.deny] with input as graph([table({"replicaRegions": ["us-west-2"]})])
	v.resource == "orders.table"
	contains(v.message, "replica in us-west-2")
}
