# METADATA
# title: S3 data buckets log access
# description: >-
#   Buckets holding data or a static site write server access logs to a log bucket when the
#   environment is production or the intent lists a compliance framework.
# custom:
#   id: IDIO-S3-007
#   severity: low
#   fixable: true
#   rationale: >-
#     Access logs record who read or changed which object, which an investigation of a leak
#     needs and which CloudTrail data events would cost far more to capture.
#   controls:
#     cis-aws: ["3.4"]
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2", "AU-12"]
#     gdpr: ["Art. 30", "Art. 33"]
package idio.rules.s3_access_logging

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required if lib.production

required if count(input.context.compliance) > 0

deny contains violation if {
	required
	some node in lib.nodes("aws.s3.bucket")
	node.props.purpose in {"data", "static-site"}
	not node.props.accessLogging
	violation := object.union(
		{"resource": node.id, "message": sprintf("Bucket %s does not log access.", [node.id])},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "add", "path": "/props/accessLogging", "value": {
	"targetBucket": lib.ref(lib.logs_bucket(node.region), "id"),
	"targetPrefix": sprintf("s3/%s/", [node.id]),
}}]} if {
	lib.logs_bucket(node.region)
}

fix(node) := {} if not lib.logs_bucket(node.region)
