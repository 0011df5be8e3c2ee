# METADATA
# title: ECS tasks get no public IP address
# description: ECS services run their tasks in private subnets without public IP addresses.
# custom:
#   id: IDIO-ECS-001
#   severity: high
#   fixable: true
#   rationale: >-
#     A task with a public IP is reachable from the internet whenever its security group allows
#     it, bypassing the load balancer. Tasks reach AWS and the internet through NAT or endpoints.
#   controls:
#     pci-dss: ["1.3.1", "1.4.4"]
#     hipaa: ["164.312(e)(1)"]
#     soc2: ["CC6.6"]
#     nist-800-53: ["SC-7"]
#     gdpr: ["Art. 32(1)(b)"]
package idio.rules.ecs_no_public_ip

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

deny contains violation if {
	some node in lib.nodes("aws.ecs.service")
	not node.props.assignPublicIp == false
	violation := {
		"resource": node.id,
		"message": sprintf("Service %s gives its tasks public IP addresses.", [node.id]),
		"fix": [{"op": "replace", "path": "/props/assignPublicIp", "value": false}],
	}
}
