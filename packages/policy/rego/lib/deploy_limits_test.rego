# The `input.limits` document the deployability rules' tests use: the same shape and numbers
# policyInput passes from @idio-iac/core (src/deploy-limits.test.ts keeps them equal).
package idio.test.deploy_limits

import rego.v1

quota(service, code, name, value) := {"serviceCode": service, "quotaCode": code, "name": name, "value": value}

limits := {
	"quotas": {
		"lambdaConcurrentExecutions": quota("lambda", "L-B99A9384", "Concurrent executions", 1000),
		"fargateOnDemandVcpu": quota("fargate", "L-3032A538", "Fargate On-Demand vCPU resource count", 6),
		"elasticIps": quota("ec2", "L-0263D0A3", "EC2-VPC Elastic IPs", 5),
		"vpcs": quota("vpc", "L-F678F1CE", "VPCs per Region", 5),
		"securityGroupRules": quota("vpc", "L-0EA8095F", "Inbound or outbound rules per security group", 60),
		"iamManagedPoliciesPerRole": quota("iam", "L-0DA4ABF3", "Managed policies per role", 10),
	},
	"lambdaMinUnreservedConcurrency": 100,
	"iamRoleInlinePolicyChars": 10240,
	"names": [
		{"kind": "aws.elasticache.replication_group", "prop": "replicationGroupId", "max": 40, "global": false},
		{"kind": "aws.iam.role", "prop": "name", "max": 64, "global": true},
		{"kind": "aws.lambda.function", "prop": "functionName", "max": 64, "global": false},
	],
	"instanceClasses": {
		"aws.rds.instance": ["db.t4g.micro", "db.m7g.large"],
		"aws.rds.cluster_instance": ["db.t4g.medium", "db.r7g.large"],
		"aws.elasticache.replication_group": ["cache.t4g.micro", "cache.r7g.large"],
	},
}
