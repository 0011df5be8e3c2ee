import { certificateCloudFormation } from "./acm-certificate.js";
import { certificateValidationCloudFormation } from "./acm-certificate-validation.js";
import { hostedZoneCloudFormation } from "./route53-zone.js";
import { recordCloudFormation } from "./route53-record.js";
import { healthCheckCloudFormation } from "./route53-health-check.js";
import { httpApiCloudFormation } from "./apigatewayv2-api.js";
import { httpApiIntegrationCloudFormation } from "./apigatewayv2-integration.js";
import { httpApiRouteCloudFormation } from "./apigatewayv2-route.js";
import { httpApiStageCloudFormation } from "./apigatewayv2-stage.js";
import { httpApiDomainNameCloudFormation } from "./apigatewayv2-domain-name.js";
import { httpApiMappingCloudFormation } from "./apigatewayv2-api-mapping.js";
import { scalingPolicyCloudFormation } from "./appautoscaling-policy.js";
import { scalableTargetCloudFormation } from "./appautoscaling-target.js";
import { autoScalingGroupCloudFormation } from "./autoscaling-group.js";
import { backupPlanCloudFormation } from "./backup-plan.js";
import { backupSelectionCloudFormation } from "./backup-selection.js";
import { backupVaultCloudFormation } from "./backup-vault.js";
import { budgetCloudFormation } from "./budgets-budget.js";
import { distributionCloudFormation } from "./cloudfront-distribution.js";
import { originAccessControlCloudFormation } from "./cloudfront-origin-access-control.js";
import { vpcOriginCloudFormation } from "./cloudfront-vpc-origin.js";
import { trailCloudFormation } from "./cloudtrail-trail.js";
import { dashboardCloudFormation } from "./cloudwatch-dashboard.js";
import { metricAlarmCloudFormation } from "./cloudwatch-metric-alarm.js";
import { dynamoTableCloudFormation } from "./dynamodb-table.js";
import { elasticIpCloudFormation } from "./ec2-eip.js";
import { flowLogCloudFormation } from "./ec2-flow-log.js";
import { internetGatewayCloudFormation } from "./ec2-internet-gateway.js";
import { launchTemplateCloudFormation } from "./ec2-launch-template.js";
import { natGatewayCloudFormation } from "./ec2-nat-gateway.js";
import { routeTableAssociationCloudFormation } from "./ec2-route-table-association.js";
import { routeTableCloudFormation } from "./ec2-route-table.js";
import { securityGroupEgressCloudFormation } from "./ec2-security-group-egress.js";
import { securityGroupIngressCloudFormation } from "./ec2-security-group-ingress.js";
import { securityGroupCloudFormation } from "./ec2-security-group.js";
import { subnetCloudFormation } from "./ec2-subnet.js";
import { vpcEndpointCloudFormation } from "./ec2-vpc-endpoint.js";
import { vpcCloudFormation } from "./ec2-vpc.js";
import { ecsClusterCloudFormation } from "./ecs-cluster.js";
import { ecsServiceCloudFormation } from "./ecs-service.js";
import { ecsTaskDefinitionCloudFormation } from "./ecs-task-definition.js";
import { cacheReplicationGroupCloudFormation } from "./elasticache-replication-group.js";
import { cacheSubnetGroupCloudFormation } from "./elasticache-subnet-group.js";
import { cacheGlobalReplicationGroupCloudFormation } from "./elasticache-global-replication-group.js";
import { shieldProtectionCloudFormation } from "./shield-protection.js";
import { ecrReplicationConfigurationCloudFormation } from "./ecr-replication-configuration.js";
import { listenerCloudFormation } from "./elbv2-listener.js";
import { loadBalancerCloudFormation } from "./elbv2-load-balancer.js";
import { targetGroupCloudFormation } from "./elbv2-target-group.js";
import { instanceProfileCloudFormation } from "./iam-instance-profile.js";
import { iamRoleCloudFormation } from "./iam-role.js";
import { kinesisStreamCloudFormation } from "./kinesis-stream.js";
import { kmsAliasCloudFormation } from "./kms-alias.js";
import { kmsKeyCloudFormation } from "./kms-key.js";
import { eventSourceMappingCloudFormation } from "./lambda-event-source-mapping.js";
import { lambdaFunctionCloudFormation } from "./lambda-function.js";
import { lambdaPermissionCloudFormation } from "./lambda-permission.js";
import { logGroupCloudFormation } from "./logs-log-group.js";
import { dbClusterInstanceCloudFormation } from "./rds-cluster-instance.js";
import { dbClusterParameterGroupCloudFormation } from "./rds-cluster-parameter-group.js";
import { dbClusterCloudFormation } from "./rds-cluster.js";
import { dbGlobalClusterCloudFormation } from "./rds-global-cluster.js";
import { dbInstanceCloudFormation } from "./rds-instance.js";
import { dbParameterGroupCloudFormation } from "./rds-parameter-group.js";
import { dbSubnetGroupCloudFormation } from "./rds-subnet-group.js";
import { bucketPolicyCloudFormation } from "./s3-bucket-policy.js";
import { bucketCloudFormation } from "./s3-bucket.js";
import { secretCloudFormation } from "./secretsmanager-secret.js";
import { snsSubscriptionCloudFormation } from "./sns-subscription.js";
import { snsTopicCloudFormation } from "./sns-topic.js";
import { queueCloudFormation } from "./sqs-queue.js";
import { webAclAssociationCloudFormation } from "./wafv2-web-acl-association.js";
import { webAclCloudFormation } from "./wafv2-web-acl.js";
import type { CloudFormationMappings } from "./mapping.js";

/** Every graph kind's CloudFormation mapping; a kind without one does not typecheck. */
export const CLOUDFORMATION_MAPPINGS: CloudFormationMappings = {
  "aws.acm.certificate": certificateCloudFormation,
  "aws.acm.certificate_validation": certificateValidationCloudFormation,
  "aws.route53.zone": hostedZoneCloudFormation,
  "aws.route53.record": recordCloudFormation,
  "aws.route53.health_check": healthCheckCloudFormation,
  "aws.apigatewayv2.api": httpApiCloudFormation,
  "aws.apigatewayv2.integration": httpApiIntegrationCloudFormation,
  "aws.apigatewayv2.route": httpApiRouteCloudFormation,
  "aws.apigatewayv2.stage": httpApiStageCloudFormation,
  "aws.apigatewayv2.domain_name": httpApiDomainNameCloudFormation,
  "aws.apigatewayv2.api_mapping": httpApiMappingCloudFormation,
  "aws.appautoscaling.policy": scalingPolicyCloudFormation,
  "aws.appautoscaling.target": scalableTargetCloudFormation,
  "aws.autoscaling.group": autoScalingGroupCloudFormation,
  "aws.backup.plan": backupPlanCloudFormation,
  "aws.backup.selection": backupSelectionCloudFormation,
  "aws.backup.vault": backupVaultCloudFormation,
  "aws.budgets.budget": budgetCloudFormation,
  "aws.cloudfront.distribution": distributionCloudFormation,
  "aws.cloudfront.origin_access_control": originAccessControlCloudFormation,
  "aws.cloudfront.vpc_origin": vpcOriginCloudFormation,
  "aws.cloudtrail.trail": trailCloudFormation,
  "aws.cloudwatch.dashboard": dashboardCloudFormation,
  "aws.cloudwatch.metric_alarm": metricAlarmCloudFormation,
  "aws.dynamodb.table": dynamoTableCloudFormation,
  "aws.ec2.eip": elasticIpCloudFormation,
  "aws.ec2.flow_log": flowLogCloudFormation,
  "aws.ec2.internet_gateway": internetGatewayCloudFormation,
  "aws.ec2.launch_template": launchTemplateCloudFormation,
  "aws.ec2.nat_gateway": natGatewayCloudFormation,
  "aws.ec2.route_table_association": routeTableAssociationCloudFormation,
  "aws.ec2.route_table": routeTableCloudFormation,
  "aws.ec2.security_group_egress": securityGroupEgressCloudFormation,
  "aws.ec2.security_group_ingress": securityGroupIngressCloudFormation,
  "aws.ec2.security_group": securityGroupCloudFormation,
  "aws.ec2.subnet": subnetCloudFormation,
  "aws.ec2.vpc_endpoint": vpcEndpointCloudFormation,
  "aws.ec2.vpc": vpcCloudFormation,
  "aws.ecs.cluster": ecsClusterCloudFormation,
  "aws.ecs.service": ecsServiceCloudFormation,
  "aws.ecr.replication_configuration": ecrReplicationConfigurationCloudFormation,
  "aws.ecs.task_definition": ecsTaskDefinitionCloudFormation,
  "aws.elasticache.replication_group": cacheReplicationGroupCloudFormation,
  "aws.elasticache.global_replication_group": cacheGlobalReplicationGroupCloudFormation,
  "aws.elasticache.subnet_group": cacheSubnetGroupCloudFormation,
  "aws.elbv2.listener": listenerCloudFormation,
  "aws.elbv2.load_balancer": loadBalancerCloudFormation,
  "aws.elbv2.target_group": targetGroupCloudFormation,
  "aws.iam.instance_profile": instanceProfileCloudFormation,
  "aws.iam.role": iamRoleCloudFormation,
  "aws.kinesis.stream": kinesisStreamCloudFormation,
  "aws.kms.alias": kmsAliasCloudFormation,
  "aws.kms.key": kmsKeyCloudFormation,
  "aws.lambda.event_source_mapping": eventSourceMappingCloudFormation,
  "aws.lambda.function": lambdaFunctionCloudFormation,
  "aws.lambda.permission": lambdaPermissionCloudFormation,
  "aws.logs.log_group": logGroupCloudFormation,
  "aws.rds.cluster_instance": dbClusterInstanceCloudFormation,
  "aws.rds.cluster_parameter_group": dbClusterParameterGroupCloudFormation,
  "aws.rds.cluster": dbClusterCloudFormation,
  "aws.rds.global_cluster": dbGlobalClusterCloudFormation,
  "aws.rds.instance": dbInstanceCloudFormation,
  "aws.rds.parameter_group": dbParameterGroupCloudFormation,
  "aws.rds.subnet_group": dbSubnetGroupCloudFormation,
  "aws.s3.bucket_policy": bucketPolicyCloudFormation,
  "aws.s3.bucket": bucketCloudFormation,
  "aws.secretsmanager.secret": secretCloudFormation,
  "aws.sns.subscription": snsSubscriptionCloudFormation,
  "aws.sns.topic": snsTopicCloudFormation,
  "aws.sqs.queue": queueCloudFormation,
  "aws.wafv2.web_acl_association": webAclAssociationCloudFormation,
  "aws.shield.protection": shieldProtectionCloudFormation,
  "aws.wafv2.web_acl": webAclCloudFormation,
};
