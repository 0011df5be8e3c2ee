# METADATA
# title: Databases refuse connections without TLS
# description: >-
#   When the intent asks for encryption in transit (the default; always under PCI DSS and HIPAA),
#   the parameter group of every PostgreSQL database sets `rds.force_ssl = 1` and of every MySQL
#   database `require_secure_transport = ON`.
# custom:
#   id: IDIO-RDS-007
#   severity: medium
#   fixable: true
#   rationale: >-
#     RDS offers TLS but accepts plain connections by default, so a client that forgets
#     `sslmode=require` sends credentials and data in clear text inside the VPC.
#   controls:
#     pci-dss: ["4.2.1"]
#     hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"]
#     soc2: ["CC6.7"]
#     nist-800-53: ["SC-8", "SC-8(1)"]
#     gdpr: ["Art. 32(1)(a)"]
package idio.rules.rds_require_tls

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

# The parameter that forces TLS, per engine.
tls_parameter := {
	"postgres": {"name": "rds.force_ssl", "value": "1"},
	"aurora-postgresql": {"name": "rds.force_ssl", "value": "1"},
	"mysql": {"name": "require_secure_transport", "value": "ON"},
	"aurora-mysql": {"name": "require_secure_transport", "value": "ON"},
}

group_ref(node) := node.props.parameterGroupName if node.kind == "aws.rds.instance"

group_ref(node) := node.props.clusterParameterGroupName if node.kind == "aws.rds.cluster"

databases contains node if {
	some node in lib.nodes_of({"aws.rds.instance", "aws.rds.cluster"})
	not node.props.replicateSourceDb
}

# The database has a parameter group without the TLS parameter: add it.
deny contains violation if {
	lib.encryption_in_transit
	some node in databases
	wanted := tls_parameter[node.props.engine]
	group := lib.node(group_ref(node).ref)
	not sets(group, wanted)
	violation := {
		"resource": node.id,
		"message": sprintf("Database %s accepts connections without TLS: parameter group %s does not set %s = %s.", [node.id, group.id, wanted.name, wanted.value]),
		"fix_resource": group.id,
		"fix": fix(group, wanted),
	}
}

# The database uses the engine's default parameter group, which allows plain connections.
deny contains violation if {
	lib.encryption_in_transit
	some node in databases
	wanted := tls_parameter[node.props.engine]
	not group_ref(node)
	violation := object.union(
		{
			"resource": node.id,
			"message": sprintf("Database %s uses the default parameter group, which accepts connections without TLS (%s is off).", [node.id, wanted.name]),
			"intent": "/security/encryptionInTransit",
		},
		copy_sibling_group(node),
	)
}

# A secondary of a global database gets a copy, in its own region, of the primary's cluster parameter group.
copy_sibling_group(node) := {
	"add_nodes": [object.union(group, {
		"id": id,
		"region": node.region,
		"tier": node.tier,
		"reason": {
			"summary": sprintf("Copy of %s for %s, so TLS stays enforced after a failover (added by policy IDIO-RDS-007).", [group.id, node.id]),
			"pointers": object.get(group, ["reason", "pointers"], []),
			"calculation": [],
		},
	})],
	"fix": [{"op": "add", "path": "/props/clusterParameterGroupName", "value": lib.ref(id, "name")}],
} if {
	node.kind == "aws.rds.cluster"
	group := sibling_group(node)
	id := sprintf("%s-parameter-group", [node.id])
	not lib.node(id)
}

copy_sibling_group(node) := {} if not sibling_group(node)

sibling_group(node) := groups[0] if {
	groups := [group |
		some other in lib.referrers(node.props.globalClusterIdentifier.ref, "aws.rds.cluster")
		other.id != node.id
		other.props.globalClusterIdentifier.ref == node.props.globalClusterIdentifier.ref
		group := lib.node(other.props.clusterParameterGroupName.ref)
		sets(group, tls_parameter[node.props.engine])
	]
	count(groups) > 0
}

sets(group, wanted) if {
	some parameter in group.props.parameters
	parameter.name == wanted.name
	parameter.value == wanted.value
}

fix(group, wanted) := [{"op": "replace", "path": sprintf("/props/parameters/%d", [i]), "value": parameter}] if {
	some i, existing in group.props.parameters
	existing.name == wanted.name
	parameter := {"name": wanted.name, "value": wanted.value, "applyMethod": "pending-reboot"}
}

fix(group, wanted) := [{"op": "add", "path": "/props/parameters/-", "value": parameter}] if {
	not has_parameter(group, wanted.name)
	parameter := {"name": wanted.name, "value": wanted.value, "applyMethod": "pending-reboot"}
}

has_parameter(group, name) if {
	some parameter in group.props.parameters
	parameter.name == name
}
