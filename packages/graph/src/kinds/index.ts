/** Every graph kind, declared once: its props interface and its metadata. */
import { vpcKind } from "./ec2-vpc.js";
import { subnetKind } from "./ec2-subnet.js";
import { internetGatewayKind } from "./ec2-internet-gateway.js";
import { elasticIpKind } from "./ec2-eip.js";
import { natGatewayKind } from "./ec2-nat-gateway.js";
import { routeTableKind } from "./ec2-route-table.js";
import { routeTableAssociationKind } from "./ec2-route-table-association.js";
import { vpcEndpointKind } from "./ec2-vpc-endpoint.js";
import { flowLogKind } from "./ec2-flow-log.js";
import { securityGroupKind } from "./ec2-security-group.js";
import { securityGroupIngressKind } from "./ec2-security-group-ingress.js";
import { securityGroupEgressKind } from "./ec2-security-group-egress.js";
import { launchTemplateKind } from "./ec2-launch-template.js";
import { instanceProfileKind } from "./iam-instance-profile.js";
import { autoScalingGroupKind } from "./autoscaling-group.js";
import { ecsClusterKind } from "./ecs-cluster.js";
import { ecsTaskDefinitionKind } from "./ecs-task-definition.js";
import { ecsServiceKind } from "./ecs-service.js";
import { scalableTargetKind } from "./appautoscaling-target.js";
import { scalingPolicyKind } from "./appautoscaling-policy.js";
import { loadBalancerKind } from "./elbv2-load-balancer.js";
import { targetGroupKind } from "./elbv2-target-group.js";
import { listenerKind } from "./elbv2-listener.js";
import { certificateKind } from "./acm-certificate.js";
import { certificateValidationKind } from "./acm-certificate-validation.js";
import { hostedZoneKind } from "./route53-zone.js";
import { recordKind } from "./route53-record.js";
import { healthCheckKind } from "./route53-health-check.js";
import { lambdaFunctionKind } from "./lambda-function.js";
import { lambdaPermissionKind } from "./lambda-permission.js";
import { eventSourceMappingKind } from "./lambda-event-source-mapping.js";
import { httpApiKind } from "./apigatewayv2-api.js";
import { httpApiStageKind } from "./apigatewayv2-stage.js";
import { httpApiIntegrationKind } from "./apigatewayv2-integration.js";
import { httpApiRouteKind } from "./apigatewayv2-route.js";
import { httpApiDomainNameKind } from "./apigatewayv2-domain-name.js";
import { httpApiMappingKind } from "./apigatewayv2-api-mapping.js";
import { dbSubnetGroupKind } from "./rds-subnet-group.js";
import { dbParameterGroupKind } from "./rds-parameter-group.js";
import { dbClusterParameterGroupKind } from "./rds-cluster-parameter-group.js";
import { dbInstanceKind } from "./rds-instance.js";
import { dbClusterKind } from "./rds-cluster.js";
import { dbClusterInstanceKind } from "./rds-cluster-instance.js";
import { dbGlobalClusterKind } from "./rds-global-cluster.js";
import { cacheSubnetGroupKind } from "./elasticache-subnet-group.js";
import { cacheReplicationGroupKind } from "./elasticache-replication-group.js";
import { cacheGlobalReplicationGroupKind } from "./elasticache-global-replication-group.js";
import { shieldProtectionKind } from "./shield-protection.js";
import { ecrReplicationConfigurationKind } from "./ecr-replication-configuration.js";
import { dynamoTableKind } from "./dynamodb-table.js";
import { bucketKind } from "./s3-bucket.js";
import { bucketPolicyKind } from "./s3-bucket-policy.js";
import { originAccessControlKind } from "./cloudfront-origin-access-control.js";
import { distributionKind } from "./cloudfront-distribution.js";
import { vpcOriginKind } from "./cloudfront-vpc-origin.js";
import { queueKind } from "./sqs-queue.js";
import { kinesisStreamKind } from "./kinesis-stream.js";
import { kmsKeyKind } from "./kms-key.js";
import { kmsAliasKind } from "./kms-alias.js";
import { webAclKind } from "./wafv2-web-acl.js";
import { webAclAssociationKind } from "./wafv2-web-acl-association.js";
import { iamRoleKind } from "./iam-role.js";
import { trailKind } from "./cloudtrail-trail.js";
import { logGroupKind } from "./logs-log-group.js";
import { secretKind } from "./secretsmanager-secret.js";
import { snsTopicKind } from "./sns-topic.js";
import { snsSubscriptionKind } from "./sns-subscription.js";
import { metricAlarmKind } from "./cloudwatch-metric-alarm.js";
import { dashboardKind } from "./cloudwatch-dashboard.js";
import { budgetKind } from "./budgets-budget.js";
import { backupVaultKind } from "./backup-vault.js";
import { backupPlanKind } from "./backup-plan.js";
import { backupSelectionKind } from "./backup-selection.js";
import type { KindDeclaration, KindInfo, PropsOf } from "./declare-kind.js";

/**
 * The kind list: the one place a kind is registered. `Kind`, `PropsByKind`,
 * `KINDS` and every `{ [K in Kind]: … }` registry (both emitters, the price
 * mappers) derive from it, so a kind without a mapping does not typecheck.
 */
export const KIND_DECLARATIONS = [
  vpcKind,
  subnetKind,
  internetGatewayKind,
  elasticIpKind,
  natGatewayKind,
  routeTableKind,
  routeTableAssociationKind,
  vpcEndpointKind,
  flowLogKind,
  securityGroupKind,
  securityGroupIngressKind,
  securityGroupEgressKind,
  launchTemplateKind,
  instanceProfileKind,
  autoScalingGroupKind,
  ecsClusterKind,
  ecsTaskDefinitionKind,
  ecsServiceKind,
  ecrReplicationConfigurationKind,
  scalableTargetKind,
  scalingPolicyKind,
  loadBalancerKind,
  targetGroupKind,
  listenerKind,
  certificateKind,
  certificateValidationKind,
  hostedZoneKind,
  recordKind,
  healthCheckKind,
  lambdaFunctionKind,
  lambdaPermissionKind,
  eventSourceMappingKind,
  httpApiKind,
  httpApiStageKind,
  httpApiIntegrationKind,
  httpApiRouteKind,
  httpApiDomainNameKind,
  httpApiMappingKind,
  dbSubnetGroupKind,
  dbParameterGroupKind,
  dbClusterParameterGroupKind,
  dbInstanceKind,
  dbClusterKind,
  dbClusterInstanceKind,
  dbGlobalClusterKind,
  cacheSubnetGroupKind,
  cacheReplicationGroupKind,
  cacheGlobalReplicationGroupKind,
  dynamoTableKind,
  bucketKind,
  bucketPolicyKind,
  originAccessControlKind,
  vpcOriginKind,
  distributionKind,
  queueKind,
  kinesisStreamKind,
  kmsKeyKind,
  kmsAliasKind,
  webAclKind,
  webAclAssociationKind,
  shieldProtectionKind,
  iamRoleKind,
  secretKind,
  trailKind,
  logGroupKind,
  snsTopicKind,
  snsSubscriptionKind,
  metricAlarmKind,
  dashboardKind,
  budgetKind,
  backupVaultKind,
  backupPlanKind,
  backupSelectionKind,
] as const satisfies readonly KindDeclaration[];

type Declared = (typeof KIND_DECLARATIONS)[number];

/** A graph kind's name, e.g. `aws.rds.instance`. */
export type Kind = Declared["kind"];

/** Each kind's props interface, by kind. */
export type PropsByKind = { [D in Declared as D["kind"]]: PropsOf<D> };

export type { KindDeclaration, KindInfo, PropsOf } from "./declare-kind.js";
export { declareKind } from "./declare-kind.js";

export const KINDS: Readonly<Record<Kind, KindInfo<Kind>>> = Object.fromEntries<KindInfo<Kind>>(
  KIND_DECLARATIONS.map((declaration) => [declaration.kind, declaration]),
) as Record<Kind, KindInfo<Kind>>;

export const KIND_NAMES = Object.keys(KINDS).sort() as Kind[];

export type { VpcProps } from "./ec2-vpc.js";
export type { SubnetProps } from "./ec2-subnet.js";
export type { InternetGatewayProps } from "./ec2-internet-gateway.js";
export type { ElasticIpProps } from "./ec2-eip.js";
export type { NatGatewayProps } from "./ec2-nat-gateway.js";
export type { RouteTableProps } from "./ec2-route-table.js";
export type { RouteTableAssociationProps } from "./ec2-route-table-association.js";
export type { VpcEndpointProps } from "./ec2-vpc-endpoint.js";
export type { FlowLogProps } from "./ec2-flow-log.js";
export type { SecurityGroupProps } from "./ec2-security-group.js";
export type { SecurityGroupIngressProps } from "./ec2-security-group-ingress.js";
export type { SecurityGroupEgressProps } from "./ec2-security-group-egress.js";
export type { LaunchTemplateProps } from "./ec2-launch-template.js";
export type { InstanceProfileProps } from "./iam-instance-profile.js";
export type { AutoScalingGroupProps } from "./autoscaling-group.js";
export type { EcsClusterProps } from "./ecs-cluster.js";
export type { EcsTaskDefinitionProps } from "./ecs-task-definition.js";
export type { EcsServiceProps } from "./ecs-service.js";
export type { ScalableTargetProps } from "./appautoscaling-target.js";
export type { ScalingPolicyProps } from "./appautoscaling-policy.js";
export type { LoadBalancerProps } from "./elbv2-load-balancer.js";
export type { TargetGroupProps } from "./elbv2-target-group.js";
export type { ListenerProps } from "./elbv2-listener.js";
export type { CertificateProps } from "./acm-certificate.js";
export type { CertificateValidationProps } from "./acm-certificate-validation.js";
export type { HostedZoneProps } from "./route53-zone.js";
export type { RecordProps, RecordRoutingPolicy } from "./route53-record.js";
export type { HealthCheckProps } from "./route53-health-check.js";
export type { LambdaFunctionProps } from "./lambda-function.js";
export type { LambdaPermissionProps } from "./lambda-permission.js";
export type { EventSourceMappingProps } from "./lambda-event-source-mapping.js";
export type { HttpApiProps } from "./apigatewayv2-api.js";
export type { HttpApiStageProps } from "./apigatewayv2-stage.js";
export type { HttpApiIntegrationProps } from "./apigatewayv2-integration.js";
export type { HttpApiRouteProps } from "./apigatewayv2-route.js";
export type { HttpApiDomainNameProps } from "./apigatewayv2-domain-name.js";
export type { HttpApiMappingProps } from "./apigatewayv2-api-mapping.js";
export type { DbSubnetGroupProps } from "./rds-subnet-group.js";
export type { DbParameterGroupProps } from "./rds-parameter-group.js";
export type { DbClusterParameterGroupProps } from "./rds-cluster-parameter-group.js";
export type { DbInstanceProps } from "./rds-instance.js";
export type { DbClusterProps } from "./rds-cluster.js";
export type { DbClusterInstanceProps } from "./rds-cluster-instance.js";
export type { DbGlobalClusterProps } from "./rds-global-cluster.js";
export type { CacheSubnetGroupProps } from "./elasticache-subnet-group.js";
export type { CacheReplicationGroupProps } from "./elasticache-replication-group.js";
export type { CacheGlobalReplicationGroupProps } from "./elasticache-global-replication-group.js";
export type { ShieldProtectionProps } from "./shield-protection.js";
export type { EcrReplicationConfigurationProps } from "./ecr-replication-configuration.js";
export type { DynamoTableProps } from "./dynamodb-table.js";
export type { BucketProps } from "./s3-bucket.js";
export type { BucketPolicyProps } from "./s3-bucket-policy.js";
export type { OriginAccessControlProps } from "./cloudfront-origin-access-control.js";
export type { DistributionProps } from "./cloudfront-distribution.js";
export type { VpcOriginProps } from "./cloudfront-vpc-origin.js";
export type { QueueProps } from "./sqs-queue.js";
export type { KinesisStreamProps } from "./kinesis-stream.js";
export type { KmsKeyProps } from "./kms-key.js";
export type { KmsAliasProps } from "./kms-alias.js";
export type { WebAclProps } from "./wafv2-web-acl.js";
export type { WebAclAssociationProps } from "./wafv2-web-acl-association.js";
export type { IamRoleProps } from "./iam-role.js";
export type { TrailProps } from "./cloudtrail-trail.js";
export type { LogGroupProps } from "./logs-log-group.js";
export type { SecretProps } from "./secretsmanager-secret.js";
export type { SnsTopicProps } from "./sns-topic.js";
export type { SnsSubscriptionProps } from "./sns-subscription.js";
export type { MetricAlarmProps } from "./cloudwatch-metric-alarm.js";
export type { DashboardProps } from "./cloudwatch-dashboard.js";
export type { BudgetProps } from "./budgets-budget.js";
export type { BackupVaultProps } from "./backup-vault.js";
export type { BackupPlanProps } from "./backup-plan.js";
export type { BackupSelectionProps } from "./backup-selection.js";
