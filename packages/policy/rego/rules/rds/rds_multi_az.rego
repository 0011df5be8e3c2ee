# METADATA
# title: Production databases span two Availability Zones
# description: >-
#   In production, every primary RDS instance is Multi-AZ and every Aurora cluster has at least
#   two instances (a writer and a reader that can take over).
# custom:
#   id: IDIO-RDS-003
#   severity: medium
#   fixable: true
#   rationale: >-
#     A single-AZ database is down for as long as its Availability Zone is, and for the length
#     of every maintenance reboot. Multi-AZ fails over automatically in one to two minutes.
#   controls:
#     pci-dss: ["12.10.1"]
#     hipaa: ["164.308(a)(7)(ii)(C)"]
#     soc2: ["A1.1", "A1.2"]
#     nist-800-53: ["CP-7", "SC-36"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.rds_multi_az

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes("aws.rds.instance")
	not node.props.replicateSourceDb
	not node.props.multiAz == true
	violation := {
		"resource": node.id,
		"message": sprintf("Production database %s runs in a single Availability Zone.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/multiAz", "value": true}],
	}
}

deny contains violation if {
	lib.production
	some cluster in lib.nodes("aws.rds.cluster")
	members := [i | some i in lib.referrers(cluster.id, "aws.rds.cluster_instance"); lib.refers_to(i.props.clusterIdentifier, cluster.id)]
	count(members) < 2
	not cluster.props.globalClusterIdentifier
	violation := {
		"resource": cluster.id,
		"message": sprintf("Production Aurora cluster %s has %d instance(s); it needs a reader in a second Availability Zone.", [cluster.id, count(members)]),
		"intent": "/availability",
	}
}
