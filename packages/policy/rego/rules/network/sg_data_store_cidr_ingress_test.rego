package idio.test.sg_data_store_cidr_ingress

import rego.v1

import data.idio.rules.sg_data_store_cidr_ingress as rule

db := {"id": "db.instance", "kind": "aws.rds.instance", "props": {"vpcSecurityGroupIds": [{"ref": "db.sg", "attr": "id"}]}}

from_group := {"id": "db.ingress-api", "kind": "aws.ec2.security_group_ingress", "props": {"securityGroupId": {"ref": "db.sg", "attr": "id"}, "sourceSecurityGroupId": {"ref": "api.sg", "attr": "id"}, "ipProtocol": "tcp", "fromPort": 5432, "toPort": 5432}}

from_range := {"id": "db.ingress-vpc", "kind": "aws.ec2.security_group_ingress", "props": {"securityGroupId": {"ref": "db.sg", "attr": "id"}, "cidrIpv4": "10.0.0.0/16", "ipProtocol": "tcp", "fromPort": 5432, "toPort": 5432}}

test_passes_for_a_group_reference if {
	count(rule.deny) == 0 with input as {"graph": {"nodes": [db, from_group]}, "context": {}}
}

test_fails_for_an_address_range if {
	count(rule.deny) == 1 with input as {"graph": {"nodes": [db, from_range]}, "context": {}}
}
