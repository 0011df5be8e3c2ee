# METADATA
# title: The plan creates no VPC in the primary region (the landing zone provides it)
# description: A user deployability rule whose findings stop the plan like IDIO's own.
# custom:
#   id: ACME-DEPLOY-001
#   severity: high
#   deploy: error
#   docs: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html
package idio.rules.one_vpc_only

import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some node in input.graph.nodes
	node.kind == "aws.ec2.vpc"
	node.region == "primary"
	violation := {"resource": node.id, "message": sprintf("%s: use the shared VPC instead.", [node.id])}
}
