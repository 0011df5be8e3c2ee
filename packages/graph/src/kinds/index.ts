/** Every graph kind, in one registry: its props interface and its metadata. */
import { vpcKind, type VpcProps } from "./ec2-vpc.js";
import { subnetKind, type SubnetProps } from "./ec2-subnet.js";
import { internetGatewayKind, type InternetGatewayProps } from "./ec2-internet-gateway.js";
import { elasticIpKind, type ElasticIpProps } from "./ec2-eip.js";
import { natGatewayKind, type NatGatewayProps } from "./ec2-nat-gateway.js";
import { routeTableKind, type RouteTableProps } from "./ec2-route-table.js";
import {
  routeTableAssociationKind,
  type RouteTableAssociationProps,
} from "./ec2-route-table-association.js";
import { vpcEndpointKind, type VpcEndpointProps } from "./ec2-vpc-endpoint.js";
import { flowLogKind, type FlowLogProps } from "./ec2-flow-log.js";
import { securityGroupKind, type SecurityGroupProps } from "./ec2-security-group.js";
import {
  securityGroupIngressKind,
  type SecurityGroupIngressProps,
} from "./ec2-security-group-ingress.js";
import {
  securityGroupEgressKind,
  type SecurityGroupEgressProps,
} from "./ec2-security-group-egress.js";
import { launchTemplateKind, type LaunchTemplateProps } from "./ec2-launch-template.js";
import { instanceProfileKind, type InstanceProfileProps } from "./iam-instance-profile.js";
import { autoScalingGroupKind, type AutoScalingGroupProps } from "./autoscaling-group.js";
import { ecsClusterKind, type EcsClusterProps } from "./ecs-cluster.js";
import { ecsTaskDefinitionKind, type EcsTaskDefinitionProps } from "./ecs-task-definition.js";
import { ecsServiceKind, type EcsServiceProps } from "./ecs-service.js";
import { scalableTargetKind, type ScalableTargetProps } from "./appautoscaling-target.js";
import { scalingPolicyKind, type ScalingPolicyProps } from "./appautoscaling-policy.js";
import { loadBalancerKind, type LoadBalancerProps } from "./elbv2-load-balancer.js";
import { targetGroupKind, type TargetGroupProps } from "./elbv2-target-group.js";
import { listenerKind, type ListenerProps } from "./elbv2-listener.js";
import { certificateKind, type CertificateProps } from "./acm-certificate.js";
import { lambdaFunctionKind, type LambdaFunctionProps } from "./lambda-function.js";
import { lambdaPermissionKind, type LambdaPermissionProps } from "./lambda-permission.js";
import {
  eventSourceMappingKind,
  type EventSourceMappingProps,
} from "./lambda-event-source-mapping.js";
import { httpApiKind, type HttpApiProps } from "./apigatewayv2-api.js";
import { httpApiStageKind, type HttpApiStageProps } from "./apigatewayv2-stage.js";
import {
  httpApiIntegrationKind,
  type HttpApiIntegrationProps,
} from "./apigatewayv2-integration.js";
import { httpApiRouteKind, type HttpApiRouteProps } from "./apigatewayv2-route.js";
import { dbSubnetGroupKind, type DbSubnetGroupProps } from "./rds-subnet-group.js";
import { dbParameterGroupKind, type DbParameterGroupProps } from "./rds-parameter-group.js";
import {
  dbClusterParameterGroupKind,
  type DbClusterParameterGroupProps,
} from "./rds-cluster-parameter-group.js";
import { dbInstanceKind, type DbInstanceProps } from "./rds-instance.js";
import { dbClusterKind, type DbClusterProps } from "./rds-cluster.js";
import { dbClusterInstanceKind, type DbClusterInstanceProps } from "./rds-cluster-instance.js";
import { dbGlobalClusterKind, type DbGlobalClusterProps } from "./rds-global-cluster.js";
import { cacheSubnetGroupKind, type CacheSubnetGroupProps } from "./elasticache-subnet-group.js";
import {
  cacheReplicationGroupKind,
  type CacheReplicationGroupProps,
} from "./elasticache-replication-group.js";
import { dynamoTableKind, type DynamoTableProps } from "./dynamodb-table.js";
import { bucketKind, type BucketProps } from "./s3-bucket.js";
import { bucketPolicyKind, type BucketPolicyProps } from "./s3-bucket-policy.js";
import {
  originAccessControlKind,
  type OriginAccessControlProps,
} from "./cloudfront-origin-access-control.js";
import { distributionKind, type DistributionProps } from "./cloudfront-distribution.js";
import { queueKind, type QueueProps } from "./sqs-queue.js";
import { kinesisStreamKind, type KinesisStreamProps } from "./kinesis-stream.js";
import { kmsKeyKind, type KmsKeyProps } from "./kms-key.js";
import { kmsAliasKind, type KmsAliasProps } from "./kms-alias.js";
import { webAclKind, type WebAclProps } from "./wafv2-web-acl.js";
import { webAclAssociationKind, type WebAclAssociationProps } from "./wafv2-web-acl-association.js";
import { iamRoleKind, type IamRoleProps } from "./iam-role.js";
import { trailKind, type TrailProps } from "./cloudtrail-trail.js";
import { logGroupKind, type LogGroupProps } from "./logs-log-group.js";
import { snsTopicKind, type SnsTopicProps } from "./sns-topic.js";
import { snsSubscriptionKind, type SnsSubscriptionProps } from "./sns-subscription.js";
import { metricAlarmKind, type MetricAlarmProps } from "./cloudwatch-metric-alarm.js";
import { dashboardKind, type DashboardProps } from "./cloudwatch-dashboard.js";
import { budgetKind, type BudgetProps } from "./budgets-budget.js";
import { backupVaultKind, type BackupVaultProps } from "./backup-vault.js";
import { backupPlanKind, type BackupPlanProps } from "./backup-plan.js";
import { backupSelectionKind, type BackupSelectionProps } from "./backup-selection.js";

export interface PropsByKind {
  "aws.ec2.vpc": VpcProps;
  "aws.ec2.subnet": SubnetProps;
  "aws.ec2.internet_gateway": InternetGatewayProps;
  "aws.ec2.eip": ElasticIpProps;
  "aws.ec2.nat_gateway": NatGatewayProps;
  "aws.ec2.route_table": RouteTableProps;
  "aws.ec2.route_table_association": RouteTableAssociationProps;
  "aws.ec2.vpc_endpoint": VpcEndpointProps;
  "aws.ec2.flow_log": FlowLogProps;
  "aws.ec2.security_group": SecurityGroupProps;
  "aws.ec2.security_group_ingress": SecurityGroupIngressProps;
  "aws.ec2.security_group_egress": SecurityGroupEgressProps;
  "aws.ec2.launch_template": LaunchTemplateProps;
  "aws.iam.instance_profile": InstanceProfileProps;
  "aws.autoscaling.group": AutoScalingGroupProps;
  "aws.ecs.cluster": EcsClusterProps;
  "aws.ecs.task_definition": EcsTaskDefinitionProps;
  "aws.ecs.service": EcsServiceProps;
  "aws.appautoscaling.target": ScalableTargetProps;
  "aws.appautoscaling.policy": ScalingPolicyProps;
  "aws.elbv2.load_balancer": LoadBalancerProps;
  "aws.elbv2.target_group": TargetGroupProps;
  "aws.elbv2.listener": ListenerProps;
  "aws.acm.certificate": CertificateProps;
  "aws.lambda.function": LambdaFunctionProps;
  "aws.lambda.permission": LambdaPermissionProps;
  "aws.lambda.event_source_mapping": EventSourceMappingProps;
  "aws.apigatewayv2.api": HttpApiProps;
  "aws.apigatewayv2.stage": HttpApiStageProps;
  "aws.apigatewayv2.integration": HttpApiIntegrationProps;
  "aws.apigatewayv2.route": HttpApiRouteProps;
  "aws.rds.subnet_group": DbSubnetGroupProps;
  "aws.rds.parameter_group": DbParameterGroupProps;
  "aws.rds.cluster_parameter_group": DbClusterParameterGroupProps;
  "aws.rds.instance": DbInstanceProps;
  "aws.rds.cluster": DbClusterProps;
  "aws.rds.cluster_instance": DbClusterInstanceProps;
  "aws.rds.global_cluster": DbGlobalClusterProps;
  "aws.elasticache.subnet_group": CacheSubnetGroupProps;
  "aws.elasticache.replication_group": CacheReplicationGroupProps;
  "aws.dynamodb.table": DynamoTableProps;
  "aws.s3.bucket": BucketProps;
  "aws.s3.bucket_policy": BucketPolicyProps;
  "aws.cloudfront.origin_access_control": OriginAccessControlProps;
  "aws.cloudfront.distribution": DistributionProps;
  "aws.sqs.queue": QueueProps;
  "aws.kinesis.stream": KinesisStreamProps;
  "aws.kms.key": KmsKeyProps;
  "aws.kms.alias": KmsAliasProps;
  "aws.wafv2.web_acl": WebAclProps;
  "aws.wafv2.web_acl_association": WebAclAssociationProps;
  "aws.iam.role": IamRoleProps;
  "aws.cloudtrail.trail": TrailProps;
  "aws.logs.log_group": LogGroupProps;
  "aws.sns.topic": SnsTopicProps;
  "aws.sns.subscription": SnsSubscriptionProps;
  "aws.cloudwatch.metric_alarm": MetricAlarmProps;
  "aws.cloudwatch.dashboard": DashboardProps;
  "aws.budgets.budget": BudgetProps;
  "aws.backup.vault": BackupVaultProps;
  "aws.backup.plan": BackupPlanProps;
  "aws.backup.selection": BackupSelectionProps;
}

export type Kind = keyof PropsByKind;

export interface KindInfo {
  readonly kind: Kind;
  /** Where the kind sits in the architecture; diagrams group by it. */
  readonly group: "network" | "edge" | "compute" | "data" | "security" | "operations" | "recovery";
  /** Attributes other nodes may reference. */
  readonly attrs: readonly string[];
  readonly description: string;
}

export const KINDS: Readonly<Record<Kind, KindInfo>> = {
  "aws.ec2.vpc": vpcKind,
  "aws.ec2.subnet": subnetKind,
  "aws.ec2.internet_gateway": internetGatewayKind,
  "aws.ec2.eip": elasticIpKind,
  "aws.ec2.nat_gateway": natGatewayKind,
  "aws.ec2.route_table": routeTableKind,
  "aws.ec2.route_table_association": routeTableAssociationKind,
  "aws.ec2.vpc_endpoint": vpcEndpointKind,
  "aws.ec2.flow_log": flowLogKind,
  "aws.ec2.security_group": securityGroupKind,
  "aws.ec2.security_group_ingress": securityGroupIngressKind,
  "aws.ec2.security_group_egress": securityGroupEgressKind,
  "aws.ec2.launch_template": launchTemplateKind,
  "aws.iam.instance_profile": instanceProfileKind,
  "aws.autoscaling.group": autoScalingGroupKind,
  "aws.ecs.cluster": ecsClusterKind,
  "aws.ecs.task_definition": ecsTaskDefinitionKind,
  "aws.ecs.service": ecsServiceKind,
  "aws.appautoscaling.target": scalableTargetKind,
  "aws.appautoscaling.policy": scalingPolicyKind,
  "aws.elbv2.load_balancer": loadBalancerKind,
  "aws.elbv2.target_group": targetGroupKind,
  "aws.elbv2.listener": listenerKind,
  "aws.acm.certificate": certificateKind,
  "aws.lambda.function": lambdaFunctionKind,
  "aws.lambda.permission": lambdaPermissionKind,
  "aws.lambda.event_source_mapping": eventSourceMappingKind,
  "aws.apigatewayv2.api": httpApiKind,
  "aws.apigatewayv2.stage": httpApiStageKind,
  "aws.apigatewayv2.integration": httpApiIntegrationKind,
  "aws.apigatewayv2.route": httpApiRouteKind,
  "aws.rds.subnet_group": dbSubnetGroupKind,
  "aws.rds.parameter_group": dbParameterGroupKind,
  "aws.rds.cluster_parameter_group": dbClusterParameterGroupKind,
  "aws.rds.instance": dbInstanceKind,
  "aws.rds.cluster": dbClusterKind,
  "aws.rds.cluster_instance": dbClusterInstanceKind,
  "aws.rds.global_cluster": dbGlobalClusterKind,
  "aws.elasticache.subnet_group": cacheSubnetGroupKind,
  "aws.elasticache.replication_group": cacheReplicationGroupKind,
  "aws.dynamodb.table": dynamoTableKind,
  "aws.s3.bucket": bucketKind,
  "aws.s3.bucket_policy": bucketPolicyKind,
  "aws.cloudfront.origin_access_control": originAccessControlKind,
  "aws.cloudfront.distribution": distributionKind,
  "aws.sqs.queue": queueKind,
  "aws.kinesis.stream": kinesisStreamKind,
  "aws.kms.key": kmsKeyKind,
  "aws.kms.alias": kmsAliasKind,
  "aws.wafv2.web_acl": webAclKind,
  "aws.wafv2.web_acl_association": webAclAssociationKind,
  "aws.iam.role": iamRoleKind,
  "aws.cloudtrail.trail": trailKind,
  "aws.logs.log_group": logGroupKind,
  "aws.sns.topic": snsTopicKind,
  "aws.sns.subscription": snsSubscriptionKind,
  "aws.cloudwatch.metric_alarm": metricAlarmKind,
  "aws.cloudwatch.dashboard": dashboardKind,
  "aws.budgets.budget": budgetKind,
  "aws.backup.vault": backupVaultKind,
  "aws.backup.plan": backupPlanKind,
  "aws.backup.selection": backupSelectionKind,
};

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
export type { LambdaFunctionProps } from "./lambda-function.js";
export type { LambdaPermissionProps } from "./lambda-permission.js";
export type { EventSourceMappingProps } from "./lambda-event-source-mapping.js";
export type { HttpApiProps } from "./apigatewayv2-api.js";
export type { HttpApiStageProps } from "./apigatewayv2-stage.js";
export type { HttpApiIntegrationProps } from "./apigatewayv2-integration.js";
export type { HttpApiRouteProps } from "./apigatewayv2-route.js";
export type { DbSubnetGroupProps } from "./rds-subnet-group.js";
export type { DbParameterGroupProps } from "./rds-parameter-group.js";
export type { DbClusterParameterGroupProps } from "./rds-cluster-parameter-group.js";
export type { DbInstanceProps } from "./rds-instance.js";
export type { DbClusterProps } from "./rds-cluster.js";
export type { DbClusterInstanceProps } from "./rds-cluster-instance.js";
export type { DbGlobalClusterProps } from "./rds-global-cluster.js";
export type { CacheSubnetGroupProps } from "./elasticache-subnet-group.js";
export type { CacheReplicationGroupProps } from "./elasticache-replication-group.js";
export type { DynamoTableProps } from "./dynamodb-table.js";
export type { BucketProps } from "./s3-bucket.js";
export type { BucketPolicyProps } from "./s3-bucket-policy.js";
export type { OriginAccessControlProps } from "./cloudfront-origin-access-control.js";
export type { DistributionProps } from "./cloudfront-distribution.js";
export type { QueueProps } from "./sqs-queue.js";
export type { KinesisStreamProps } from "./kinesis-stream.js";
export type { KmsKeyProps } from "./kms-key.js";
export type { KmsAliasProps } from "./kms-alias.js";
export type { WebAclProps } from "./wafv2-web-acl.js";
export type { WebAclAssociationProps } from "./wafv2-web-acl-association.js";
export type { IamRoleProps } from "./iam-role.js";
export type { TrailProps } from "./cloudtrail-trail.js";
export type { LogGroupProps } from "./logs-log-group.js";
export type { SnsTopicProps } from "./sns-topic.js";
export type { SnsSubscriptionProps } from "./sns-subscription.js";
export type { MetricAlarmProps } from "./cloudwatch-metric-alarm.js";
export type { DashboardProps } from "./cloudwatch-dashboard.js";
export type { BudgetProps } from "./budgets-budget.js";
export type { BackupVaultProps } from "./backup-vault.js";
export type { BackupPlanProps } from "./backup-plan.js";
export type { BackupSelectionProps } from "./backup-selection.js";
