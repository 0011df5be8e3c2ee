# METADATA
# title: Production databases run on Graviton
# description: Production RDS instances and Aurora instances use a Graviton (`g`) instance class.
# custom:
#   id: ACME-COST-001
#   severity: low
#   fixable: true
#   rationale: >-
#     Graviton classes cost about 10% less than their Intel equivalents for the same
#     PostgreSQL and MySQL throughput; ACME's FinOps policy requires them in production.
#   controls:
#     soc2: ["CC9.1"]
#     nist-800-53: ["SA-8"]
package idio.rules.acme_graviton_databases

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

# Intel/AMD family -> its Graviton equivalent.
graviton := {"t3": "t4g", "m5": "m7g", "m6i": "m7g", "m7i": "m7g", "r5": "r7g", "r6i": "r7g", "r7i": "r7g"}

deny contains violation if {
	lib.production
	some node in input.graph.nodes
	node.kind in {"aws.rds.instance", "aws.rds.cluster_instance"}
	parts := split(node.props.instanceClass, ".")
	not endswith(parts[1], "g")
	violation := object.union(
		{
			"resource": node.id,
			"message": sprintf("Production database %s runs on %s, not Graviton.", [node.id, node.props.instanceClass]),
		},
		fix(node, parts),
	)
}

fix(_, parts) := {"fix": [{
	"op": "replace",
	"path": "/props/instanceClass",
	"value": concat(".", ["db", graviton[parts[1]], parts[2]]),
}]} if {
	graviton[parts[1]]
}

fix(_, parts) := {} if not graviton[parts[1]]
