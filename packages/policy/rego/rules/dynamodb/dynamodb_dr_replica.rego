# METADATA
# title: DynamoDB tables replicate to the DR region
# description: >-
#   When the intent asks for cross-region replication, every DynamoDB table in the primary
#   region is a global table with a replica in the disaster-recovery region.
# custom:
#   id: IDIO-DDB-003
#   severity: medium
#   fixable: true
#   rationale: >-
#     A global table replica is writable within seconds of a regional outage, which point-in-time
#     recovery in the failed region cannot offer.
#   controls:
#     hipaa: ["164.308(a)(7)(ii)(B)"]
#     soc2: ["A1.2", "A1.3"]
#     nist-800-53: ["CP-6", "CP-7", "CP-10"]
#     gdpr: ["Art. 32(1)(c)"]
package idio.rules.dynamodb_dr_replica

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.cross_region_replication
	dr_region := input.graph.drRegion
	some node in lib.nodes("aws.dynamodb.table")
	node.region == "primary"
	not dr_region in node.props.replicaRegions
	violation := {
		"resource": node.id,
		"message": sprintf("Table %s has no replica in the DR region %s.", [node.id, dr_region]),
		"fix": [
			{"op": "replace", "path": "/props/replicaRegions", "value": sort(array.concat(node.props.replicaRegions, [dr_region]))},
			{"op": "replace", "path": "/props/streamEnabled", "value": true},
		],
	}
}
