import type { PriceMappers } from "../mapper-types.js";
import { notPriced } from "../mapper-types.js";
import { httpApiMapper } from "./apigatewayv2-api.js";
import { autoScalingGroupMapper } from "./autoscaling-group.js";
import { backupPlanMapper } from "./backup-plan.js";
import { distributionMapper } from "./cloudfront-distribution.js";
import { dashboardMapper } from "./cloudwatch-dashboard.js";
import { metricAlarmMapper } from "./cloudwatch-metric-alarm.js";
import { dynamoTableMapper } from "./dynamodb-table.js";
import { elasticIpMapper } from "./ec2-eip.js";
import { flowLogMapper } from "./ec2-flow-log.js";
import { natGatewayMapper } from "./ec2-nat-gateway.js";
import { vpcEndpointMapper } from "./ec2-vpc-endpoint.js";
import { ecsServiceMapper } from "./ecs-service.js";
import { cacheReplicationGroupMapper } from "./elasticache-replication-group.js";
import { cacheGlobalReplicationGroupMapper } from "./elasticache-global-replication-group.js";
import { shieldProtectionMapper } from "./shield-protection.js";
import { ecrReplicationConfigurationMapper } from "./ecr-replication-configuration.js";
import { loadBalancerMapper } from "./elbv2-load-balancer.js";
import { kinesisStreamMapper } from "./kinesis-stream.js";
import { kmsKeyMapper } from "./kms-key.js";
import { lambdaFunctionMapper } from "./lambda-function.js";
import { logGroupMapper } from "./logs-log-group.js";
import { dbClusterInstanceMapper } from "./rds-cluster-instance.js";
import { dbClusterMapper } from "./rds-cluster.js";
import { dbGlobalClusterMapper } from "./rds-global-cluster.js";
import { dbInstanceMapper } from "./rds-instance.js";
import { hostedZoneMapper } from "./route53-zone.js";
import { healthCheckMapper } from "./route53-health-check.js";
import { bucketMapper } from "./s3-bucket.js";
import { secretMapper } from "./secretsmanager-secret.js";
import { queueMapper } from "./sqs-queue.js";
import { webAclMapper } from "./wafv2-web-acl.js";

/**
 * Every kind's pricing, by kind: a mapper, or the reason it carries no charge
 * of its own. The type requires every kind, so a new kind without an entry
 * does not typecheck.
 */
export const PRICE_MAPPERS: PriceMappers = {
  "aws.acm.certificate": notPriced("Public ACM certificates are free."),
  "aws.acm.certificate_validation": notPriced(
    "Validation is free; its record is a plain record in a zone priced per month.",
  ),
  "aws.route53.zone": hostedZoneMapper,
  "aws.route53.health_check": healthCheckMapper,
  "aws.route53.record": notPriced(
    "Records are free; alias queries to load balancers and CloudFront are not charged.",
  ),
  "aws.apigatewayv2.api": httpApiMapper,
  "aws.apigatewayv2.integration": notPriced("Integrations are free."),
  "aws.apigatewayv2.route": notPriced("Routes are free."),
  "aws.apigatewayv2.domain_name": notPriced(
    "Custom domain names have no charge of their own; requests are priced on the API.",
  ),
  "aws.apigatewayv2.api_mapping": notPriced("API mappings are free."),
  "aws.apigatewayv2.stage": notPriced("Stages are free; requests are priced on the API."),
  "aws.appautoscaling.policy": notPriced("Scaling policies are free."),
  "aws.appautoscaling.target": notPriced(
    "Application Auto Scaling is free; it sets the task count priced on the service.",
  ),
  "aws.autoscaling.group": autoScalingGroupMapper,
  "aws.backup.plan": backupPlanMapper,
  "aws.backup.selection": notPriced(
    "Selections are free; stored backups are priced with the backup plan.",
  ),
  "aws.backup.vault": notPriced("Vaults are free; stored backups are priced with the backup plan."),
  "aws.budgets.budget": notPriced("AWS Budgets without actions are free."),
  "aws.cloudfront.distribution": distributionMapper,
  "aws.cloudfront.origin_access_control": notPriced("Origin access control is free."),
  "aws.cloudfront.vpc_origin": notPriced(
    "VPC origins carry no charge of their own; the distribution's requests and data out are priced.",
  ),
  "aws.cloudtrail.trail": notPriced(
    "The first copy of management events is free; the trail's bucket and log group are priced.",
  ),
  "aws.cloudwatch.dashboard": dashboardMapper,
  "aws.cloudwatch.metric_alarm": metricAlarmMapper,
  "aws.dynamodb.table": dynamoTableMapper,
  "aws.ec2.eip": elasticIpMapper,
  "aws.ec2.flow_log": flowLogMapper,
  "aws.ec2.internet_gateway": notPriced(
    "Internet gateways are free; data out is priced at the entry points.",
  ),
  "aws.ec2.launch_template": notPriced(
    "Launch templates are free; instances are priced with their Auto Scaling group.",
  ),
  "aws.ec2.nat_gateway": natGatewayMapper,
  "aws.ec2.route_table": notPriced("Route tables are free."),
  "aws.ec2.route_table_association": notPriced("Route table associations are free."),
  "aws.ec2.security_group": notPriced("Security groups are free."),
  "aws.ec2.security_group_egress": notPriced("Security group rules are free."),
  "aws.ec2.security_group_ingress": notPriced("Security group rules are free."),
  "aws.ec2.subnet": notPriced("Subnets are free."),
  "aws.ec2.vpc": notPriced(
    "VPCs are free; their NAT gateways, endpoints and addresses are priced separately.",
  ),
  "aws.ec2.vpc_endpoint": vpcEndpointMapper,
  "aws.ecs.cluster": notPriced(
    "ECS clusters are free; Fargate tasks are priced with their service.",
  ),
  "aws.ecs.service": ecsServiceMapper,
  "aws.ecs.task_definition": notPriced(
    "Task definitions are free; tasks are priced with their service.",
  ),
  "aws.elasticache.replication_group": cacheReplicationGroupMapper,
  "aws.elasticache.global_replication_group": cacheGlobalReplicationGroupMapper,
  "aws.shield.protection": shieldProtectionMapper,
  "aws.ecr.replication_configuration": ecrReplicationConfigurationMapper,
  "aws.elasticache.subnet_group": notPriced("Cache subnet groups are free."),
  "aws.elbv2.listener": notPriced("Listeners are free; the load balancer is priced."),
  "aws.elbv2.load_balancer": loadBalancerMapper,
  "aws.elbv2.target_group": notPriced("Target groups are free; the load balancer is priced."),
  "aws.iam.instance_profile": notPriced("IAM is free."),
  "aws.iam.role": notPriced("IAM is free."),
  "aws.kinesis.stream": kinesisStreamMapper,
  "aws.kms.alias": notPriced("KMS aliases are free."),
  "aws.kms.key": kmsKeyMapper,
  "aws.lambda.event_source_mapping": notPriced(
    "Event source mappings are free; invocations are priced on the function.",
  ),
  "aws.lambda.function": lambdaFunctionMapper,
  "aws.lambda.permission": notPriced("Lambda permissions are free."),
  "aws.logs.log_group": logGroupMapper,
  "aws.rds.cluster": dbClusterMapper,
  "aws.rds.cluster_instance": dbClusterInstanceMapper,
  "aws.rds.cluster_parameter_group": notPriced("Cluster parameter groups are free."),
  "aws.rds.global_cluster": dbGlobalClusterMapper,
  "aws.rds.instance": dbInstanceMapper,
  "aws.rds.parameter_group": notPriced("Parameter groups are free."),
  "aws.rds.subnet_group": notPriced("DB subnet groups are free."),
  "aws.s3.bucket": bucketMapper,
  "aws.s3.bucket_policy": notPriced("Bucket policies are free."),
  "aws.secretsmanager.secret": secretMapper,
  "aws.sns.subscription": notPriced("The first 1,000 e-mail notifications a month are free."),
  "aws.sns.topic": notPriced(
    "The first million publishes a month are free; alarm and budget notifications stay far below.",
  ),
  "aws.sqs.queue": queueMapper,
  "aws.wafv2.web_acl": webAclMapper,
  "aws.wafv2.web_acl_association": notPriced(
    "Associations are free; the web ACL is priced with the requests it inspects.",
  ),
};
