# METADATA
# title: Fargate tasks at full scale fit the account's Fargate vCPU quota
# description: >-
#   The vCPUs of every Fargate service in a region, at the most tasks it may scale to, stay
#   within the "Fargate On-Demand vCPU resource count" quota (AWS's default, or the account's value
#   stated under policy.quotas); past it ECS cannot place
#   tasks ("You've reached the limit on the number of vCPUs you can run concurrently").
# custom:
#   id: IDIO-DEPLOY-002
#   severity: low
#   deploy: warning
#   docs: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html
#   rationale: >-
#     The quota is per account and region and starts low on new accounts. A deploy that needs more
#     vCPUs than it allows leaves services below their desired count, and scaling out under load
#     stops at the quota instead of at scaling.max.
package idio.rules.deploy_fargate_vcpu_quota

import data.idio.lib
import rego.v1

metadata := rego.metadata.chain()

# The most tasks a service may run: its scaling target's maximum, else its desired count.
max_tasks(service) := target.props.maxCapacity if {
	some target in lib.referrers(service.id, "aws.appautoscaling.target")
}

max_tasks(service) := service.props.desiredCount if {
	count(lib.referrers(service.id, "aws.appautoscaling.target")) == 0
}

vcpu(service) := lib.node(service.props.taskDefinitionArn.ref).props.cpu / 1024

deny contains violation if {
	some region in lib.regions_of("aws.ecs.service")
	services := [service |
		some service in lib.nodes("aws.ecs.service")
		service.props.launchType == "FARGATE"
		lib.aws_region(service) == region
	]
	count(services) > 0
	at_most := sum([(vcpu(service) * max_tasks(service)) | some service in services])
	at_deploy := sum([(vcpu(service) * service.props.desiredCount) | some service in services])
	quota := input.limits.quotas.fargateOnDemandVcpu
	at_most > quota.value
	violation := {
		"resource": sort([service.id | some service in services])[0],
		"message": sprintf(
			"Fargate services in %s need %v vCPUs at deploy and %v at full scale (%s), more than %s. %s",
			[
				region, at_deploy, at_most, concat(", ", sort([s.id | some s in services])),
				lib.quota_of(quota), lib.raise_quota(quota, ceil(at_most), region),
			],
		),
	}
}
