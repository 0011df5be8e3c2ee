import type { Kind } from "@idio-iac/graph";

/**
 * Kinds that carry no charge of their own, each with the reason. A kind is
 * either here or has a price mapper (a test checks every kind is one or the other).
 */
export const NO_DIRECT_COST: Readonly<Partial<Record<Kind, string>>> = {
  "aws.ec2.vpc":
    "VPCs are free; their NAT gateways, endpoints and addresses are priced separately.",
  "aws.ec2.subnet": "Subnets are free.",
  "aws.ec2.internet_gateway": "Internet gateways are free; data out is priced at the entry points.",
  "aws.ec2.route_table": "Route tables are free.",
  "aws.ec2.route_table_association": "Route table associations are free.",
  "aws.ec2.security_group": "Security groups are free.",
  "aws.ec2.security_group_ingress": "Security group rules are free.",
  "aws.ec2.security_group_egress": "Security group rules are free.",
  "aws.ec2.launch_template":
    "Launch templates are free; instances are priced with their Auto Scaling group.",
  "aws.iam.instance_profile": "IAM is free.",
  "aws.iam.role": "IAM is free.",
  "aws.ecs.cluster": "ECS clusters are free; Fargate tasks are priced with their service.",
  "aws.ecs.task_definition": "Task definitions are free; tasks are priced with their service.",
  "aws.appautoscaling.target":
    "Application Auto Scaling is free; it sets the task count priced on the service.",
  "aws.appautoscaling.policy": "Scaling policies are free.",
  "aws.elbv2.target_group": "Target groups are free; the load balancer is priced.",
  "aws.elbv2.listener": "Listeners are free; the load balancer is priced.",
  "aws.acm.certificate": "Public ACM certificates are free.",
  "aws.lambda.permission": "Lambda permissions are free.",
  "aws.lambda.event_source_mapping":
    "Event source mappings are free; invocations are priced on the function.",
  "aws.apigatewayv2.stage": "Stages are free; requests are priced on the API.",
  "aws.apigatewayv2.integration": "Integrations are free.",
  "aws.apigatewayv2.route": "Routes are free.",
  "aws.rds.subnet_group": "DB subnet groups are free.",
  "aws.rds.parameter_group": "Parameter groups are free.",
  "aws.rds.cluster_parameter_group": "Cluster parameter groups are free.",
  "aws.elasticache.subnet_group": "Cache subnet groups are free.",
  "aws.s3.bucket_policy": "Bucket policies are free.",
  "aws.cloudfront.origin_access_control": "Origin access control is free.",
  "aws.kms.alias": "KMS aliases are free.",
  "aws.wafv2.web_acl_association":
    "Associations are free; the web ACL is priced with the requests it inspects.",
  "aws.cloudtrail.trail":
    "The first copy of management events is free; the trail's bucket and log group are priced.",
  "aws.sns.topic":
    "The first million publishes a month are free; alarm and budget notifications stay far below.",
  "aws.sns.subscription": "The first 1,000 e-mail notifications a month are free.",
  "aws.budgets.budget": "AWS Budgets without actions are free.",
  "aws.backup.vault": "Vaults are free; stored backups are priced with the backup plan.",
  "aws.backup.selection": "Selections are free; stored backups are priced with the backup plan.",
};
