# METADATA
# title: S3 data buckets replicate to the DR region
# description: >-
#   When the intent asks for cross-region replication, every data bucket in the primary region
#   replicates its objects to a bucket in the disaster-recovery region.
# custom:
#   id: IDIO-S3-006
#   severity: medium
#   fixable: false
#   rationale: >-
#     Backups in the same region share its fate. Replication keeps a copy of every object in the
#     DR region within minutes, which is what a recovery point objective in minutes needs.
#   controls:
#     pci-dss: ["12.10.1"]
#     hipaa: ["164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(A)"]
#     soc2: ["A1.2", "A1.3"]
#     nist-800-53: ["CP-6", "CP-9", "CP-10"]
#     gdpr: ["Art. 32(1)(c)"]
package idio.rules.s3_replication

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.cross_region_replication
	some node in lib.nodes("aws.s3.bucket")
	node.region == "primary"
	node.props.purpose == "data"
	not node.props.replication
	violation := {
		"resource": node.id,
		"message": sprintf("Bucket %s does not replicate to the DR region although disasterRecovery.crossRegionReplication is true.", [node.id]),
		"intent": "/disasterRecovery/crossRegionReplication",
	}
}
