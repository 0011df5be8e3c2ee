# METADATA
# title: Resource names fit their service's length limit
# description: >-
#   Every name IDIO gives a resource fits the length its service accepts: load balancers and target
#   groups 32, ElastiCache replication groups 40, RDS identifiers 63, IAM roles and Lambda functions
#   64, SQS queues 80, log groups 512 and so on (the table is AWS_LIMITS.names in @idio-iac/core).
# custom:
#   id: IDIO-DEPLOY-007
#   severity: high
#   deploy: error
#   docs:
#     - https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html
#     - https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
#     - https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html
#     - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_CreateQueue.html
#   rationale: >-
#     A name one character too long fails the create call (ValidationError) after the resources
#     before it exist; terraform validate and cfn-lint check only some of these lengths, and not
#     after a long application name is joined with a tier name and a suffix.
package idio.rules.deploy_name_length

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

deny contains violation if {
	some limit in input.limits.names
	some node in lib.nodes(limit.kind)
	name := node.props[limit.prop]
	is_string(name)
	count(name) > limit.max
	violation := {
		"resource": node.id,
		"message": sprintf(
			"%s %s is %v characters (%s); %s accepts at most %v.",
			[limit.prop, name, count(name), node.id, limit.kind, limit.max],
		),
	}
}
