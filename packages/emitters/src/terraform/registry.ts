import { certificateTerraform } from "./acm-certificate.js";
import { certificateValidationTerraform } from "./acm-certificate-validation.js";
import { hostedZoneTerraform } from "./route53-zone.js";
import { recordTerraform } from "./route53-record.js";
import { healthCheckTerraform } from "./route53-health-check.js";
import { httpApiTerraform } from "./apigatewayv2-api.js";
import { httpApiIntegrationTerraform } from "./apigatewayv2-integration.js";
import { httpApiRouteTerraform } from "./apigatewayv2-route.js";
import { httpApiStageTerraform } from "./apigatewayv2-stage.js";
import { httpApiDomainNameTerraform } from "./apigatewayv2-domain-name.js";
import { httpApiMappingTerraform } from "./apigatewayv2-api-mapping.js";
import { scalingPolicyTerraform } from "./appautoscaling-policy.js";
import { scalableTargetTerraform } from "./appautoscaling-target.js";
import { autoScalingGroupTerraform } from "./autoscaling-group.js";
import { backupPlanTerraform } from "./backup-plan.js";
import { backupSelectionTerraform } from "./backup-selection.js";
import { backupVaultTerraform } from "./backup-vault.js";
import { budgetTerraform } from "./budgets-budget.js";
import { distributionTerraform } from "./cloudfront-distribution.js";
import { originAccessControlTerraform } from "./cloudfront-origin-access-control.js";
import { vpcOriginTerraform } from "./cloudfront-vpc-origin.js";
import { trailTerraform } from "./cloudtrail-trail.js";
import { dashboardTerraform } from "./cloudwatch-dashboard.js";
import { metricAlarmTerraform } from "./cloudwatch-metric-alarm.js";
import { dynamoTableTerraform } from "./dynamodb-table.js";
import { elasticIpTerraform } from "./ec2-eip.js";
import { flowLogTerraform } from "./ec2-flow-log.js";
import { internetGatewayTerraform } from "./ec2-internet-gateway.js";
import { launchTemplateTerraform } from "./ec2-launch-template.js";
import { natGatewayTerraform } from "./ec2-nat-gateway.js";
import { routeTableAssociationTerraform } from "./ec2-route-table-association.js";
import { routeTableTerraform } from "./ec2-route-table.js";
import { securityGroupEgressTerraform } from "./ec2-security-group-egress.js";
import { securityGroupIngressTerraform } from "./ec2-security-group-ingress.js";
import { securityGroupTerraform } from "./ec2-security-group.js";
import { subnetTerraform } from "./ec2-subnet.js";
import { vpcEndpointTerraform } from "./ec2-vpc-endpoint.js";
import { vpcTerraform } from "./ec2-vpc.js";
import { ecsClusterTerraform } from "./ecs-cluster.js";
import { ecsServiceTerraform } from "./ecs-service.js";
import { ecsTaskDefinitionTerraform } from "./ecs-task-definition.js";
import { cacheReplicationGroupTerraform } from "./elasticache-replication-group.js";
import { cacheSubnetGroupTerraform } from "./elasticache-subnet-group.js";
import { cacheGlobalReplicationGroupTerraform } from "./elasticache-global-replication-group.js";
import { shieldProtectionTerraform } from "./shield-protection.js";
import { ecrReplicationConfigurationTerraform } from "./ecr-replication-configuration.js";
import { listenerTerraform } from "./elbv2-listener.js";
import { loadBalancerTerraform } from "./elbv2-load-balancer.js";
import { targetGroupTerraform } from "./elbv2-target-group.js";
import { instanceProfileTerraform } from "./iam-instance-profile.js";
import { iamRoleTerraform } from "./iam-role.js";
import { kinesisStreamTerraform } from "./kinesis-stream.js";
import { kmsAliasTerraform } from "./kms-alias.js";
import { kmsKeyTerraform } from "./kms-key.js";
import { eventSourceMappingTerraform } from "./lambda-event-source-mapping.js";
import { lambdaFunctionTerraform } from "./lambda-function.js";
import { lambdaPermissionTerraform } from "./lambda-permission.js";
import { logGroupTerraform } from "./logs-log-group.js";
import { dbClusterInstanceTerraform } from "./rds-cluster-instance.js";
import { dbClusterParameterGroupTerraform } from "./rds-cluster-parameter-group.js";
import { dbClusterTerraform } from "./rds-cluster.js";
import { dbGlobalClusterTerraform } from "./rds-global-cluster.js";
import { dbInstanceTerraform } from "./rds-instance.js";
import { dbParameterGroupTerraform } from "./rds-parameter-group.js";
import { dbSubnetGroupTerraform } from "./rds-subnet-group.js";
import { bucketPolicyTerraform } from "./s3-bucket-policy.js";
import { bucketTerraform } from "./s3-bucket.js";
import { secretTerraform } from "./secretsmanager-secret.js";
import { snsSubscriptionTerraform } from "./sns-subscription.js";
import { snsTopicTerraform } from "./sns-topic.js";
import { queueTerraform } from "./sqs-queue.js";
import { webAclAssociationTerraform } from "./wafv2-web-acl-association.js";
import { webAclTerraform } from "./wafv2-web-acl.js";
import type { TerraformMappings } from "./mapping.js";

/** Every graph kind's Terraform mapping; a kind without one does not typecheck. */
export const TERRAFORM_MAPPINGS: TerraformMappings = {
  "aws.acm.certificate": certificateTerraform,
  "aws.acm.certificate_validation": certificateValidationTerraform,
  "aws.route53.zone": hostedZoneTerraform,
  "aws.route53.record": recordTerraform,
  "aws.route53.health_check": healthCheckTerraform,
  "aws.apigatewayv2.api": httpApiTerraform,
  "aws.apigatewayv2.integration": httpApiIntegrationTerraform,
  "aws.apigatewayv2.route": httpApiRouteTerraform,
  "aws.apigatewayv2.stage": httpApiStageTerraform,
  "aws.apigatewayv2.domain_name": httpApiDomainNameTerraform,
  "aws.apigatewayv2.api_mapping": httpApiMappingTerraform,
  "aws.appautoscaling.policy": scalingPolicyTerraform,
  "aws.appautoscaling.target": scalableTargetTerraform,
  "aws.autoscaling.group": autoScalingGroupTerraform,
  "aws.backup.plan": backupPlanTerraform,
  "aws.backup.selection": backupSelectionTerraform,
  "aws.backup.vault": backupVaultTerraform,
  "aws.budgets.budget": budgetTerraform,
  "aws.cloudfront.distribution": distributionTerraform,
  "aws.cloudfront.origin_access_control": originAccessControlTerraform,
  "aws.cloudfront.vpc_origin": vpcOriginTerraform,
  "aws.cloudtrail.trail": trailTerraform,
  "aws.cloudwatch.dashboard": dashboardTerraform,
  "aws.cloudwatch.metric_alarm": metricAlarmTerraform,
  "aws.dynamodb.table": dynamoTableTerraform,
  "aws.ec2.eip": elasticIpTerraform,
  "aws.ec2.flow_log": flowLogTerraform,
  "aws.ec2.internet_gateway": internetGatewayTerraform,
  "aws.ec2.launch_template": launchTemplateTerraform,
  "aws.ec2.nat_gateway": natGatewayTerraform,
  "aws.ec2.route_table_association": routeTableAssociationTerraform,
  "aws.ec2.route_table": routeTableTerraform,
  "aws.ec2.security_group_egress": securityGroupEgressTerraform,
  "aws.ec2.security_group_ingress": securityGroupIngressTerraform,
  "aws.ec2.security_group": securityGroupTerraform,
  "aws.ec2.subnet": subnetTerraform,
  "aws.ec2.vpc_endpoint": vpcEndpointTerraform,
  "aws.ec2.vpc": vpcTerraform,
  "aws.ecs.cluster": ecsClusterTerraform,
  "aws.ecs.service": ecsServiceTerraform,
  "aws.ecr.replication_configuration": ecrReplicationConfigurationTerraform,
  "aws.ecs.task_definition": ecsTaskDefinitionTerraform,
  "aws.elasticache.replication_group": cacheReplicationGroupTerraform,
  "aws.elasticache.global_replication_group": cacheGlobalReplicationGroupTerraform,
  "aws.elasticache.subnet_group": cacheSubnetGroupTerraform,
  "aws.elbv2.listener": listenerTerraform,
  "aws.elbv2.load_balancer": loadBalancerTerraform,
  "aws.elbv2.target_group": targetGroupTerraform,
  "aws.iam.instance_profile": instanceProfileTerraform,
  "aws.iam.role": iamRoleTerraform,
  "aws.kinesis.stream": kinesisStreamTerraform,
  "aws.kms.alias": kmsAliasTerraform,
  "aws.kms.key": kmsKeyTerraform,
  "aws.lambda.event_source_mapping": eventSourceMappingTerraform,
  "aws.lambda.function": lambdaFunctionTerraform,
  "aws.lambda.permission": lambdaPermissionTerraform,
  "aws.logs.log_group": logGroupTerraform,
  "aws.rds.cluster_instance": dbClusterInstanceTerraform,
  "aws.rds.cluster_parameter_group": dbClusterParameterGroupTerraform,
  "aws.rds.cluster": dbClusterTerraform,
  "aws.rds.global_cluster": dbGlobalClusterTerraform,
  "aws.rds.instance": dbInstanceTerraform,
  "aws.rds.parameter_group": dbParameterGroupTerraform,
  "aws.rds.subnet_group": dbSubnetGroupTerraform,
  "aws.s3.bucket_policy": bucketPolicyTerraform,
  "aws.s3.bucket": bucketTerraform,
  "aws.secretsmanager.secret": secretTerraform,
  "aws.sns.subscription": snsSubscriptionTerraform,
  "aws.sns.topic": snsTopicTerraform,
  "aws.sqs.queue": queueTerraform,
  "aws.wafv2.web_acl_association": webAclAssociationTerraform,
  "aws.shield.protection": shieldProtectionTerraform,
  "aws.wafv2.web_acl": webAclTerraform,
};
