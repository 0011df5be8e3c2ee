package idio.test.lib

import rego.v1

import data.idio.lib

nodes := [
	{"id": "db.instance", "kind": "aws.rds.instance", "props": {"vpcSecurityGroupIds": [{"ref": "db.sg", "attr": "id"}]}},
	{"id": "db.sg", "kind": "aws.ec2.security_group", "props": {}},
	{"id": "web.sg", "kind": "aws.ec2.security_group", "props": {}},
]

# What the engine passes beside the graph (see policy-input.ts).
index := {
	"byKind": {"aws.rds.instance": [0], "aws.ec2.security_group": [1, 2]},
	"byId": {"db.instance": 0, "db.sg": 1, "web.sg": 2},
	"referencedBy": {"db.sg": [0]},
}

test_passes_lookups_agree_with_and_without_the_index if {
	with_index := [lib.nodes("aws.ec2.security_group"), lib.node("db.sg"), lib.referrers("db.sg", "aws.rds.instance")] with input as {"graph": {"nodes": nodes}, "index": index}
	without := [lib.nodes("aws.ec2.security_group"), lib.node("db.sg"), lib.referrers("db.sg", "aws.rds.instance")] with input as {"graph": {"nodes": nodes}}
	with_index == without
	with_index[2][0].id == "db.instance"
}

test_fails_to_find_what_is_not_there if {
	not lib.node("nope") with input as {"graph": {"nodes": nodes}, "index": index}
	count(lib.referrers("web.sg", "aws.rds.instance")) == 0 with input as {"graph": {"nodes": nodes}, "index": index}
	lib.data_store_group("db.sg") with input as {"graph": {"nodes": nodes}, "index": index}
	not lib.data_store_group("web.sg") with input as {"graph": {"nodes": nodes}}
}

test_passes_nodes_of_several_kinds_with_and_without_the_index if {
	kinds := {"aws.rds.instance", "aws.ec2.security_group"}
	with_index := {n.id | some n in lib.nodes_of(kinds)} with input as {"graph": {"nodes": nodes}, "index": index}
	without := {n.id | some n in lib.nodes_of(kinds)} with input as {"graph": {"nodes": nodes}}
	with_index == {"db.instance", "db.sg", "web.sg"}
	with_index == without
}

test_fails_nodes_of_an_absent_kind_is_empty if {
	count(lib.nodes_of(["aws.nope"])) == 0 with input as {"graph": {"nodes": nodes}, "index": index}
}
