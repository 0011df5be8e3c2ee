# METADATA
# title: Policies name resources where the action allows it
# description: >-
#   No IAM role statement allows actions on the resource `*`, except actions AWS only grants on
#   `*` (for example `ecr:GetAuthorizationToken`, `xray:PutTraceSegments`,
#   `cloudwatch:PutMetricData`, VPC network interface management).
# custom:
#   id: IDIO-IAM-003
#   severity: medium
#   fixable: false
#   rationale: >-
#     `Resource: *` lets a workload touch every bucket, table and key in the account, including
#     other applications' data. Naming the resources keeps a compromise inside the application.
#   controls:
#     pci-dss: ["7.2.1", "7.2.2"]
#     hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"]
#     soc2: ["CC6.1", "CC6.3"]
#     nist-800-53: ["AC-6", "AC-3"]
#     gdpr: ["Art. 25(2)"]
package idio.rules.iam_no_wildcard_resource

import rego.v1

import data.idio.lib

metadata := rego.metadata.chain()

# Actions that support no resource-level permissions.
star_only := {
	"ecr:GetAuthorizationToken",
	"xray:PutTraceSegments",
	"xray:PutTelemetryRecords",
	"xray:GetSamplingRules",
	"xray:GetSamplingTargets",
	"xray:GetSamplingStatisticSummaries",
	"cloudwatch:PutMetricData",
	"ec2:CreateNetworkInterface",
	"ec2:DescribeNetworkInterfaces",
	"ec2:DeleteNetworkInterface",
	"ec2:AssignPrivateIpAddresses",
	"ec2:UnassignPrivateIpAddresses",
	"ec2:DescribeInstances",
	"ec2:DescribeSubnets",
	"ec2:DescribeVpcs",
	"ec2:DescribeSecurityGroups",
	"ssmmessages:CreateControlChannel",
	"ssmmessages:CreateDataChannel",
	"ssmmessages:OpenControlChannel",
	"ssmmessages:OpenDataChannel",
	"logs:DescribeLogGroups",
	"sts:GetCallerIdentity",
	"s3:ListAllMyBuckets",
	"kms:ListAliases",
	"kms:ListKeys",
}

deny contains violation if {
	some statement in lib.allow_statements
	statement.kind == "aws.iam.role"
	"*" in statement.resources
	broad := [action | some action in statement.actions; not action in star_only; action != "*"]
	count(broad) > 0
	violation := {
		"resource": statement.node,
		"message": sprintf("%s allows %s on every resource (statement %s).", [statement.node, concat(", ", broad), statement.sid]),
	}
}
