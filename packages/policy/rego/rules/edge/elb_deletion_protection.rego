# METADATA
# title: Production load balancers have deletion protection
# description: In production, internet-facing load balancers cannot be deleted until deletion protection is turned off.
# custom:
#   id: IDIO-ELB-006
#   severity: low
#   fixable: true
#   rationale: >-
#     Deleting a load balancer takes the application offline and changes its DNS name, which
#     every alias and partner integration points at.
#   controls:
#     soc2: ["A1.2", "CC8.1"]
#     nist-800-53: ["CM-3", "CP-10"]
package idio.rules.elb_deletion_protection

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	lib.production
	some node in lib.nodes("aws.elbv2.load_balancer")
	not node.props.deletionProtection == true
	violation := {
		"resource": node.id,
		"message": sprintf("Production load balancer %s has no deletion protection.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/deletionProtection", "value": true}],
	}
}
