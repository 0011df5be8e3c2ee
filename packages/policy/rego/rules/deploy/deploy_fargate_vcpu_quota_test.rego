package idio.test.deploy_fargate_vcpu_quota

import rego.v1

import data.idio.rules.deploy_fargate_vcpu_quota as rule
import data.idio.test.deploy_limits.limits

task := {"id": "web.task", "kind": "aws.ecs.task_definition", "region": "primary", "props": {"cpu": 1024}}

service := {"id": "web.service", "kind": "aws.ecs.service", "region": "primary", "props": {
	"launchType": "FARGATE",
	"desiredCount": 2,
	"taskDefinitionArn": {"ref": "web.task", "attr": "arn"},
}}

target(max) := {"id": "web.scaling.target", "kind": "aws.appautoscaling.target", "region": "primary", "props": {
	"maxCapacity": max,
	"resourceId": {"join": ["service/", {"ref": "web.service", "attr": "name"}]},
}}

graph(nodes) := {"graph": {"region": "eu-west-1", "nodes": nodes}, "context": {}, "limits": limits}

test_passes_within_the_quota if {
	count(rule.deny) == 0 with input as graph([task, service, target(6)])
}

test_fails_past_the_quota_at_full_scale if {
	[v] := [v | some v in rule.deny] with input as graph([task, service, target(10)])
	v.resource == "web.service"
	contains(v.message, "need 2 vCPUs at deploy and 10 at full scale")
	contains(v.message, "L-3032A538")
	contains(v.message, "at least 10 in eu-west-1")
	contains(v.message, "more than the default quota of 6.")
}

# The intent's policy.quotas, as deploy-limits.ts passes it: the account's value beside AWS's default.
stated(value) := object.union(graph([task, service, target(10)]), {"limits": {"quotas": {"fargateOnDemandVcpu": {"value": value, "awsDefault": 6}}}})

test_passes_when_the_stated_quota_covers_full_scale if {
	count(rule.deny) == 0 with input as stated(10)
}

test_fails_past_the_stated_quota_naming_it if {
	[v] := [v | some v in rule.deny] with input as stated(8)
	contains(v.message, "more than the account's quota of 8 (policy.quotas; AWS default 6).")
	contains(v.message, "then state the applied value under policy.quotas")
}
