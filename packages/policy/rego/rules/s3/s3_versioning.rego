# METADATA
# title: S3 buckets holding data are versioned
# description: >-
#   Buckets that hold application data, CloudTrail logs or replicas keep object versions, and
#   every bucket is versioned when the intent asks for cross-region replication.
# custom:
#   id: IDIO-S3-005
#   severity: medium
#   fixable: true
#   rationale: >-
#     Versioning turns an overwrite or delete into a recoverable event, protecting against
#     mistakes and ransomware, and S3 replication requires it on both buckets.
#   controls:
#     pci-dss: ["10.3.3"]
#     hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"]
#     soc2: ["A1.2", "CC7.5"]
#     nist-800-53: ["CP-9", "SI-7"]
#     gdpr: ["Art. 32(1)(b)", "Art. 32(1)(c)"]
package idio.rules.s3_versioning

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.s3.bucket")
	needs_versioning(node)
	not node.props.versioning == true
	violation := {
		"resource": node.id,
		"message": sprintf("Bucket %s (%s) is not versioned.", [node.id, node.props.purpose]),
		"fix": [{"op": "replace", "path": "/props/versioning", "value": true}],
	}
}

needs_versioning(node) if node.props.purpose in {"data", "trail", "replica"}

needs_versioning(_) if lib.cross_region_replication
