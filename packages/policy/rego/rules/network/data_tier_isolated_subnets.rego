# METADATA
# title: Data stores live in isolated subnets
# description: >-
#   When the intent asks for network isolation (the default), the subnet groups of databases and
#   caches contain only isolated subnets, which have no route to or from the internet.
# custom:
#   id: IDIO-VPC-002
#   severity: medium
#   fixable: false
#   rationale: >-
#     A data store in a subnet with a NAT or internet route can reach out to an attacker's host
#     if compromised; an isolated subnet cannot, whatever its security groups say.
#   controls:
#     pci-dss: ["1.3.1", "1.4.4"]
#     hipaa: ["164.312(a)(1)", "164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7", "SC-7(5)"]
#     gdpr: ["Art. 25(2)"]
package idio.rules.data_tier_isolated_subnets

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.network_isolation
	some group in lib.nodes_of({"aws.rds.subnet_group", "aws.elasticache.subnet_group"})
	exposed := [subnet.id |
		some r in group.props.subnetIds
		subnet := lib.node(r.ref)
		subnet.props.layer != "isolated"
	]
	count(exposed) > 0
	violation := {
		"resource": group.id,
		"message": sprintf("Subnet group %s includes subnets with an internet route: %s.", [group.id, concat(", ", exposed)]),
		"intent": "/security/networkIsolation",
	}
}
