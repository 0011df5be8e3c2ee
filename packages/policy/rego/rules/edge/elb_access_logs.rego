# METADATA
# title: Load balancers write access logs
# description: >-
#   In production or under a compliance framework, every load balancer writes access logs to a
#   log bucket.
# custom:
#   id: IDIO-ELB-005
#   severity: low
#   fixable: true
#   rationale: >-
#     Access logs record every request with client address, path, status and TLS details; they
#     are the evidence for investigating an attack on a public endpoint.
#   controls:
#     pci-dss: ["10.2.1"]
#     hipaa: ["164.312(b)"]
#     soc2: ["CC7.2"]
#     nist-800-53: ["AU-2", "AU-12"]
#     gdpr: ["Art. 33"]
package idio.rules.elb_access_logs

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

required if lib.production

required if count(input.context.compliance) > 0

deny contains violation if {
	required
	some node in lib.nodes("aws.elbv2.load_balancer")
	not node.props.accessLogs
	violation := object.union(
		{"resource": node.id, "message": sprintf("Load balancer %s writes no access logs.", [node.id])},
		fix(node),
	)
}

fix(node) := {"fix": [{"op": "add", "path": "/props/accessLogs", "value": {
	"bucket": lib.ref(lib.logs_bucket(node.region), "id"),
	"prefix": sprintf("alb/%s", [node.id]),
}}]} if {
	lib.logs_bucket(node.region)
}

fix(node) := {} if not lib.logs_bucket(node.region)
