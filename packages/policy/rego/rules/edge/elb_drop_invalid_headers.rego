# METADATA
# title: Load balancers drop invalid HTTP headers
# description: Application load balancers drop header fields with invalid characters instead of passing them on.
# custom:
#   id: IDIO-ELB-004
#   severity: low
#   fixable: true
#   rationale: >-
#     Malformed headers are a vehicle for HTTP request smuggling and desynchronisation attacks
#     against the application behind the load balancer.
#   controls:
#     pci-dss: ["6.2.4"]
#     soc2: ["CC6.8"]
#     nist-800-53: ["SI-10"]
package idio.rules.elb_drop_invalid_headers

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.elbv2.load_balancer")
	not node.props.dropInvalidHeaderFields == true
	violation := {
		"resource": node.id,
		"message": sprintf("Load balancer %s passes invalid HTTP headers to targets.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/dropInvalidHeaderFields", "value": true}],
	}
}
