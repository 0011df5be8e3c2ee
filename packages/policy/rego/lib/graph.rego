# Helpers shared by the rules: graph lookups and the evaluation context.
# Input shape: { "graph": ResourceGraph, "context": ..., "index": ... } (see the package README).
#
# OPA's WebAssembly target does not memoise rules within an evaluation, so a
# lookup that scans the graph inside a loop over the graph is quadratic. The
# engine therefore passes `input.index` (node positions by kind and id, and
# the nodes that reference each id); the helpers use it, and fall back to
# scanning when it is absent (hand-written test inputs).
package idio.lib

import rego.v1

# Every node of one kind.
nodes(kind) := [input.graph.nodes[i] | some i in object.get(input.index.byKind, kind, [])] if input.index

nodes(kind) := [node | some node in input.graph.nodes; node.kind == kind] if not input.index

# Every node of any of several kinds (a set or list), kind by kind: a rule about a few kinds
# reads those nodes only instead of every node of the graph.
nodes_of(kinds) := [node | some kind in kinds; some node in nodes(kind)]

# The node with an id (undefined when there is none).
node(id) := input.graph.nodes[input.index.byId[id]] if input.index

node(id) := found if {
	not input.index
	some found in input.graph.nodes
	found.id == id
}

# Nodes of a kind whose props reference the node `id` anywhere.
referrers(id, kind) := [n |
	some i in object.get(input.index.referencedBy, id, [])
	n := input.graph.nodes[i]
	n.kind == kind
] if {
	input.index
}

referrers(id, kind) := [n |
	some n in nodes(kind)
	references(n.props, id)
] if {
	not input.index
}

references(props, id) if {
	walk(props, [_, value])
	value.ref == id
}

production if input.context.environment == "production"

framework(name) if name in input.context.compliance

any_framework(names) if {
	some name in names
	framework(name)
}

encryption_at_rest if input.context.security.encryptionAtRest

encryption_in_transit if input.context.security.encryptionInTransit

encryption_in_transit if any_framework(["pci-dss", "hipaa"])

network_isolation if input.context.security.networkIsolation

cross_region_replication if input.context.disasterRecovery.crossRegionReplication

# The intent pointer of the tier a node serves (`/tiers/2`), from the pointers that made it.
tier_pointer(node) := pointer if {
	pointers := [sprintf("/tiers/%s", [parts[2]]) |
		some p in node.reason.pointers
		startswith(p, "/tiers/")
		parts := split(p, "/")
	]
	count(pointers) > 0
	pointer := pointers[0]
}

# The first node id (sorted) of S3 buckets that receive logs in a region, for fixes that turn logging on.
logs_bucket(region) := id if {
	ids := sort([node.id | some node in nodes("aws.s3.bucket"); node.props.purpose == "logs"; node.region == region])
	count(ids) > 0
	id := ids[0]
}

# The first customer-managed KMS key (sorted by id) in a region, optionally one a service may use.
kms_key(region) := id if {
	ids := sort([node.id | some node in nodes("aws.kms.key"); node.region == region])
	count(ids) > 0
	id := ids[0]
}

kms_key_for(region, service) := id if {
	ids := sort([node.id |
		some node in nodes("aws.kms.key")
		node.region == region
		service in node.props.servicePrincipals
	])
	count(ids) > 0
	id := ids[0]
}

ref(id, attr) := {"ref": id, "attr": attr}

# True when a value is a reference to the node `id`.
refers_to(value, id) if value.ref == id

# Ingress and egress CIDRs that mean "anywhere".
anywhere(cidr) if cidr in {"0.0.0.0/0", "::/0"}

# Whether a security group rule (all protocols, or a port range) includes `port`.
covers_port(rule, _) if rule.ipProtocol == "-1"

covers_port(rule, port) if {
	rule.ipProtocol != "-1"
	rule.fromPort <= port
	port <= rule.toPort
}

# True when the security group `id` is attached to a database or cache.
data_store_group(id) if {
	some kind in ["aws.rds.instance", "aws.rds.cluster", "aws.elasticache.replication_group"]
	some store in referrers(id, kind)
	some r in object.get(store.props, "vpcSecurityGroupIds", object.get(store.props, "securityGroupIds", []))
	r.ref == id
}

# Minimum CloudWatch Logs retention per framework, in days.
log_retention_minimum := {
	"pci-dss": 365,
	"soc2": 365,
	"cis-aws": 365,
	"nist-800-53": 365,
	"gdpr": 90,
	"hipaa": 2192,
}

# Minimum backup retention per framework, in days (a backup plan keeps them; RDS keeps at most 35).
# HIPAA keeps records six years (45 CFR 164.316(b)(2)); the other frameworks ask for a backup
# plan but set no period, so the intent's disasterRecovery.backupRetentionDays applies.
backup_retention_minimum := {"hipaa": 2190}
