// The @cdktf/provider-aws resource classes the Terraform mappings use, each loaded on first use.
//
// The binding modules are large CommonJS files (14 MB for these 85). Imported statically, every
// one was read, scanned for its exports (Node's CommonJS lexer) and compiled when the emitters
// package loaded, a third of a cold `idio compile`, whether or not the graph had the kind. Here a
// class is only `require`d when a mapping creates its first resource; `tfResourceType` is
// written out so registering a mapping loads nothing (provider-bindings.test.ts checks each).
import { createRequire } from "node:module";
import type { AcmCertificate as AcmCertificateClass } from "@cdktf/provider-aws/lib/acm-certificate/index.js";
import type { AcmCertificateValidation as AcmCertificateValidationClass } from "@cdktf/provider-aws/lib/acm-certificate-validation/index.js";
import type { Apigatewayv2Api as Apigatewayv2ApiClass } from "@cdktf/provider-aws/lib/apigatewayv2-api/index.js";
import type { Apigatewayv2ApiMapping as Apigatewayv2ApiMappingClass } from "@cdktf/provider-aws/lib/apigatewayv2-api-mapping/index.js";
import type { Apigatewayv2DomainName as Apigatewayv2DomainNameClass } from "@cdktf/provider-aws/lib/apigatewayv2-domain-name/index.js";
import type { Apigatewayv2Integration as Apigatewayv2IntegrationClass } from "@cdktf/provider-aws/lib/apigatewayv2-integration/index.js";
import type { Apigatewayv2Route as Apigatewayv2RouteClass } from "@cdktf/provider-aws/lib/apigatewayv2-route/index.js";
import type { Apigatewayv2Stage as Apigatewayv2StageClass } from "@cdktf/provider-aws/lib/apigatewayv2-stage/index.js";
import type { AppautoscalingPolicy as AppautoscalingPolicyClass } from "@cdktf/provider-aws/lib/appautoscaling-policy/index.js";
import type { AppautoscalingTarget as AppautoscalingTargetClass } from "@cdktf/provider-aws/lib/appautoscaling-target/index.js";
import type { AutoscalingGroup as AutoscalingGroupClass } from "@cdktf/provider-aws/lib/autoscaling-group/index.js";
import type { AutoscalingPolicy as AutoscalingPolicyClass } from "@cdktf/provider-aws/lib/autoscaling-policy/index.js";
import type { BackupPlan as BackupPlanClass } from "@cdktf/provider-aws/lib/backup-plan/index.js";
import type { BackupSelection as BackupSelectionClass } from "@cdktf/provider-aws/lib/backup-selection/index.js";
import type { BackupVault as BackupVaultClass } from "@cdktf/provider-aws/lib/backup-vault/index.js";
import type { BudgetsBudget as BudgetsBudgetClass } from "@cdktf/provider-aws/lib/budgets-budget/index.js";
import type { CloudfrontDistribution as CloudfrontDistributionClass } from "@cdktf/provider-aws/lib/cloudfront-distribution/index.js";
import type { CloudfrontOriginAccessControl as CloudfrontOriginAccessControlClass } from "@cdktf/provider-aws/lib/cloudfront-origin-access-control/index.js";
import type { CloudfrontVpcOrigin as CloudfrontVpcOriginClass } from "@cdktf/provider-aws/lib/cloudfront-vpc-origin/index.js";
import type { Cloudtrail as CloudtrailClass } from "@cdktf/provider-aws/lib/cloudtrail/index.js";
import type { CloudwatchDashboard as CloudwatchDashboardClass } from "@cdktf/provider-aws/lib/cloudwatch-dashboard/index.js";
import type { CloudwatchLogGroup as CloudwatchLogGroupClass } from "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js";
import type { CloudwatchMetricAlarm as CloudwatchMetricAlarmClass } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import type { DbInstance as DbInstanceClass } from "@cdktf/provider-aws/lib/db-instance/index.js";
import type { DbParameterGroup as DbParameterGroupClass } from "@cdktf/provider-aws/lib/db-parameter-group/index.js";
import type { DbSubnetGroup as DbSubnetGroupClass } from "@cdktf/provider-aws/lib/db-subnet-group/index.js";
import type { DynamodbTable as DynamodbTableClass } from "@cdktf/provider-aws/lib/dynamodb-table/index.js";
import type { EcrReplicationConfiguration as EcrReplicationConfigurationClass } from "@cdktf/provider-aws/lib/ecr-replication-configuration/index.js";
import type { EcsCluster as EcsClusterClass } from "@cdktf/provider-aws/lib/ecs-cluster/index.js";
import type { EcsService as EcsServiceClass } from "@cdktf/provider-aws/lib/ecs-service/index.js";
import type { EcsTaskDefinition as EcsTaskDefinitionClass } from "@cdktf/provider-aws/lib/ecs-task-definition/index.js";
import type { Eip as EipClass } from "@cdktf/provider-aws/lib/eip/index.js";
import type { ElasticacheGlobalReplicationGroup as ElasticacheGlobalReplicationGroupClass } from "@cdktf/provider-aws/lib/elasticache-global-replication-group/index.js";
import type { ElasticacheReplicationGroup as ElasticacheReplicationGroupClass } from "@cdktf/provider-aws/lib/elasticache-replication-group/index.js";
import type { ElasticacheSubnetGroup as ElasticacheSubnetGroupClass } from "@cdktf/provider-aws/lib/elasticache-subnet-group/index.js";
import type { FlowLog as FlowLogClass } from "@cdktf/provider-aws/lib/flow-log/index.js";
import type { IamInstanceProfile as IamInstanceProfileClass } from "@cdktf/provider-aws/lib/iam-instance-profile/index.js";
import type { IamRole as IamRoleClass } from "@cdktf/provider-aws/lib/iam-role/index.js";
import type { IamRolePolicy as IamRolePolicyClass } from "@cdktf/provider-aws/lib/iam-role-policy/index.js";
import type { IamRolePolicyAttachment as IamRolePolicyAttachmentClass } from "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js";
import type { InternetGateway as InternetGatewayClass } from "@cdktf/provider-aws/lib/internet-gateway/index.js";
import type { KinesisStream as KinesisStreamClass } from "@cdktf/provider-aws/lib/kinesis-stream/index.js";
import type { KmsAlias as KmsAliasClass } from "@cdktf/provider-aws/lib/kms-alias/index.js";
import type { KmsKey as KmsKeyClass } from "@cdktf/provider-aws/lib/kms-key/index.js";
import type { LambdaEventSourceMapping as LambdaEventSourceMappingClass } from "@cdktf/provider-aws/lib/lambda-event-source-mapping/index.js";
import type { LambdaFunction as LambdaFunctionClass } from "@cdktf/provider-aws/lib/lambda-function/index.js";
import type { LambdaPermission as LambdaPermissionClass } from "@cdktf/provider-aws/lib/lambda-permission/index.js";
import type { LaunchTemplate as LaunchTemplateClass } from "@cdktf/provider-aws/lib/launch-template/index.js";
import type { Lb as LbClass } from "@cdktf/provider-aws/lib/lb/index.js";
import type { LbListener as LbListenerClass } from "@cdktf/provider-aws/lib/lb-listener/index.js";
import type { LbTargetGroup as LbTargetGroupClass } from "@cdktf/provider-aws/lib/lb-target-group/index.js";
import type { NatGateway as NatGatewayClass } from "@cdktf/provider-aws/lib/nat-gateway/index.js";
import type { RdsCluster as RdsClusterClass } from "@cdktf/provider-aws/lib/rds-cluster/index.js";
import type { RdsClusterInstance as RdsClusterInstanceClass } from "@cdktf/provider-aws/lib/rds-cluster-instance/index.js";
import type { RdsClusterParameterGroup as RdsClusterParameterGroupClass } from "@cdktf/provider-aws/lib/rds-cluster-parameter-group/index.js";
import type { RdsGlobalCluster as RdsGlobalClusterClass } from "@cdktf/provider-aws/lib/rds-global-cluster/index.js";
import type { Route53HealthCheck as Route53HealthCheckClass } from "@cdktf/provider-aws/lib/route53-health-check/index.js";
import type { Route53Record as Route53RecordClass } from "@cdktf/provider-aws/lib/route53-record/index.js";
import type { Route53Zone as Route53ZoneClass } from "@cdktf/provider-aws/lib/route53-zone/index.js";
import type { RouteTable as RouteTableClass } from "@cdktf/provider-aws/lib/route-table/index.js";
import type { RouteTableAssociation as RouteTableAssociationClass } from "@cdktf/provider-aws/lib/route-table-association/index.js";
import type { S3Bucket as S3BucketClass } from "@cdktf/provider-aws/lib/s3-bucket/index.js";
import type { S3BucketLifecycleConfiguration as S3BucketLifecycleConfigurationClass } from "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration/index.js";
import type { S3BucketLoggingA as S3BucketLoggingAClass } from "@cdktf/provider-aws/lib/s3-bucket-logging/index.js";
import type { S3BucketOwnershipControls as S3BucketOwnershipControlsClass } from "@cdktf/provider-aws/lib/s3-bucket-ownership-controls/index.js";
import type { S3BucketPolicy as S3BucketPolicyClass } from "@cdktf/provider-aws/lib/s3-bucket-policy/index.js";
import type { S3BucketPublicAccessBlock as S3BucketPublicAccessBlockClass } from "@cdktf/provider-aws/lib/s3-bucket-public-access-block/index.js";
import type { S3BucketReplicationConfigurationA as S3BucketReplicationConfigurationAClass } from "@cdktf/provider-aws/lib/s3-bucket-replication-configuration/index.js";
import type { S3BucketServerSideEncryptionConfigurationA as S3BucketServerSideEncryptionConfigurationAClass } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration/index.js";
import type { S3BucketVersioningA as S3BucketVersioningAClass } from "@cdktf/provider-aws/lib/s3-bucket-versioning/index.js";
import type { SecretsmanagerSecret as SecretsmanagerSecretClass } from "@cdktf/provider-aws/lib/secretsmanager-secret/index.js";
import type { SecretsmanagerSecretVersion as SecretsmanagerSecretVersionClass } from "@cdktf/provider-aws/lib/secretsmanager-secret-version/index.js";
import type { SecurityGroup as SecurityGroupClass } from "@cdktf/provider-aws/lib/security-group/index.js";
import type { ShieldProtection as ShieldProtectionClass } from "@cdktf/provider-aws/lib/shield-protection/index.js";
import type { SnsTopic as SnsTopicClass } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import type { SnsTopicPolicy as SnsTopicPolicyClass } from "@cdktf/provider-aws/lib/sns-topic-policy/index.js";
import type { SnsTopicSubscription as SnsTopicSubscriptionClass } from "@cdktf/provider-aws/lib/sns-topic-subscription/index.js";
import type { SqsQueue as SqsQueueClass } from "@cdktf/provider-aws/lib/sqs-queue/index.js";
import type { Subnet as SubnetClass } from "@cdktf/provider-aws/lib/subnet/index.js";
import type { Vpc as VpcClass } from "@cdktf/provider-aws/lib/vpc/index.js";
import type { VpcEndpoint as VpcEndpointClass } from "@cdktf/provider-aws/lib/vpc-endpoint/index.js";
import type { VpcSecurityGroupEgressRule as VpcSecurityGroupEgressRuleClass } from "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js";
import type { VpcSecurityGroupIngressRule as VpcSecurityGroupIngressRuleClass } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js";
import type { Wafv2WebAcl as Wafv2WebAclClass } from "@cdktf/provider-aws/lib/wafv2-web-acl/index.js";
import type { Wafv2WebAclAssociation as Wafv2WebAclAssociationClass } from "@cdktf/provider-aws/lib/wafv2-web-acl-association/index.js";

const require = createRequire(import.meta.url);

/** A resource class that loads `module` on its first construction or static use. */
function lazy<C extends { readonly tfResourceType: string }>(
  tfResourceType: C["tfResourceType"] & string,
  module: string,
  name: string,
): C {
  let loaded: C | undefined;
  const real = (): C => (loaded ??= (require(module) as Record<string, C>)[name]!);
  // A constructor that returns an object makes `new` yield it: the real class's instance.
  function LazyResource(...args: unknown[]): object {
    return Reflect.construct(real() as unknown as new (...a: unknown[]) => object, args);
  }
  Object.defineProperty(LazyResource, "tfResourceType", { value: tfResourceType });
  Object.defineProperty(LazyResource, "name", { value: name });
  return LazyResource as unknown as C;
}

export const AcmCertificate = lazy<typeof AcmCertificateClass>(
  "aws_acm_certificate",
  "@cdktf/provider-aws/lib/acm-certificate/index.js",
  "AcmCertificate",
);
export const AcmCertificateValidation = lazy<typeof AcmCertificateValidationClass>(
  "aws_acm_certificate_validation",
  "@cdktf/provider-aws/lib/acm-certificate-validation/index.js",
  "AcmCertificateValidation",
);
export const Apigatewayv2Api = lazy<typeof Apigatewayv2ApiClass>(
  "aws_apigatewayv2_api",
  "@cdktf/provider-aws/lib/apigatewayv2-api/index.js",
  "Apigatewayv2Api",
);
export const Apigatewayv2ApiMapping = lazy<typeof Apigatewayv2ApiMappingClass>(
  "aws_apigatewayv2_api_mapping",
  "@cdktf/provider-aws/lib/apigatewayv2-api-mapping/index.js",
  "Apigatewayv2ApiMapping",
);
export const Apigatewayv2DomainName = lazy<typeof Apigatewayv2DomainNameClass>(
  "aws_apigatewayv2_domain_name",
  "@cdktf/provider-aws/lib/apigatewayv2-domain-name/index.js",
  "Apigatewayv2DomainName",
);
export const Apigatewayv2Integration = lazy<typeof Apigatewayv2IntegrationClass>(
  "aws_apigatewayv2_integration",
  "@cdktf/provider-aws/lib/apigatewayv2-integration/index.js",
  "Apigatewayv2Integration",
);
export const Apigatewayv2Route = lazy<typeof Apigatewayv2RouteClass>(
  "aws_apigatewayv2_route",
  "@cdktf/provider-aws/lib/apigatewayv2-route/index.js",
  "Apigatewayv2Route",
);
export const Apigatewayv2Stage = lazy<typeof Apigatewayv2StageClass>(
  "aws_apigatewayv2_stage",
  "@cdktf/provider-aws/lib/apigatewayv2-stage/index.js",
  "Apigatewayv2Stage",
);
export const AppautoscalingPolicy = lazy<typeof AppautoscalingPolicyClass>(
  "aws_appautoscaling_policy",
  "@cdktf/provider-aws/lib/appautoscaling-policy/index.js",
  "AppautoscalingPolicy",
);
export const AppautoscalingTarget = lazy<typeof AppautoscalingTargetClass>(
  "aws_appautoscaling_target",
  "@cdktf/provider-aws/lib/appautoscaling-target/index.js",
  "AppautoscalingTarget",
);
export const AutoscalingGroup = lazy<typeof AutoscalingGroupClass>(
  "aws_autoscaling_group",
  "@cdktf/provider-aws/lib/autoscaling-group/index.js",
  "AutoscalingGroup",
);
export const AutoscalingPolicy = lazy<typeof AutoscalingPolicyClass>(
  "aws_autoscaling_policy",
  "@cdktf/provider-aws/lib/autoscaling-policy/index.js",
  "AutoscalingPolicy",
);
export const BackupPlan = lazy<typeof BackupPlanClass>(
  "aws_backup_plan",
  "@cdktf/provider-aws/lib/backup-plan/index.js",
  "BackupPlan",
);
export const BackupSelection = lazy<typeof BackupSelectionClass>(
  "aws_backup_selection",
  "@cdktf/provider-aws/lib/backup-selection/index.js",
  "BackupSelection",
);
export const BackupVault = lazy<typeof BackupVaultClass>(
  "aws_backup_vault",
  "@cdktf/provider-aws/lib/backup-vault/index.js",
  "BackupVault",
);
export const BudgetsBudget = lazy<typeof BudgetsBudgetClass>(
  "aws_budgets_budget",
  "@cdktf/provider-aws/lib/budgets-budget/index.js",
  "BudgetsBudget",
);
export const CloudfrontDistribution = lazy<typeof CloudfrontDistributionClass>(
  "aws_cloudfront_distribution",
  "@cdktf/provider-aws/lib/cloudfront-distribution/index.js",
  "CloudfrontDistribution",
);
export const CloudfrontOriginAccessControl = lazy<typeof CloudfrontOriginAccessControlClass>(
  "aws_cloudfront_origin_access_control",
  "@cdktf/provider-aws/lib/cloudfront-origin-access-control/index.js",
  "CloudfrontOriginAccessControl",
);
export const CloudfrontVpcOrigin = lazy<typeof CloudfrontVpcOriginClass>(
  "aws_cloudfront_vpc_origin",
  "@cdktf/provider-aws/lib/cloudfront-vpc-origin/index.js",
  "CloudfrontVpcOrigin",
);
export const Cloudtrail = lazy<typeof CloudtrailClass>(
  "aws_cloudtrail",
  "@cdktf/provider-aws/lib/cloudtrail/index.js",
  "Cloudtrail",
);
export const CloudwatchDashboard = lazy<typeof CloudwatchDashboardClass>(
  "aws_cloudwatch_dashboard",
  "@cdktf/provider-aws/lib/cloudwatch-dashboard/index.js",
  "CloudwatchDashboard",
);
export const CloudwatchLogGroup = lazy<typeof CloudwatchLogGroupClass>(
  "aws_cloudwatch_log_group",
  "@cdktf/provider-aws/lib/cloudwatch-log-group/index.js",
  "CloudwatchLogGroup",
);
export const CloudwatchMetricAlarm = lazy<typeof CloudwatchMetricAlarmClass>(
  "aws_cloudwatch_metric_alarm",
  "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js",
  "CloudwatchMetricAlarm",
);
export const DbInstance = lazy<typeof DbInstanceClass>(
  "aws_db_instance",
  "@cdktf/provider-aws/lib/db-instance/index.js",
  "DbInstance",
);
export const DbParameterGroup = lazy<typeof DbParameterGroupClass>(
  "aws_db_parameter_group",
  "@cdktf/provider-aws/lib/db-parameter-group/index.js",
  "DbParameterGroup",
);
export const DbSubnetGroup = lazy<typeof DbSubnetGroupClass>(
  "aws_db_subnet_group",
  "@cdktf/provider-aws/lib/db-subnet-group/index.js",
  "DbSubnetGroup",
);
export const DynamodbTable = lazy<typeof DynamodbTableClass>(
  "aws_dynamodb_table",
  "@cdktf/provider-aws/lib/dynamodb-table/index.js",
  "DynamodbTable",
);
export const EcrReplicationConfiguration = lazy<typeof EcrReplicationConfigurationClass>(
  "aws_ecr_replication_configuration",
  "@cdktf/provider-aws/lib/ecr-replication-configuration/index.js",
  "EcrReplicationConfiguration",
);
export const EcsCluster = lazy<typeof EcsClusterClass>(
  "aws_ecs_cluster",
  "@cdktf/provider-aws/lib/ecs-cluster/index.js",
  "EcsCluster",
);
export const EcsService = lazy<typeof EcsServiceClass>(
  "aws_ecs_service",
  "@cdktf/provider-aws/lib/ecs-service/index.js",
  "EcsService",
);
export const EcsTaskDefinition = lazy<typeof EcsTaskDefinitionClass>(
  "aws_ecs_task_definition",
  "@cdktf/provider-aws/lib/ecs-task-definition/index.js",
  "EcsTaskDefinition",
);
export const Eip = lazy<typeof EipClass>("aws_eip", "@cdktf/provider-aws/lib/eip/index.js", "Eip");
export const ElasticacheGlobalReplicationGroup = lazy<
  typeof ElasticacheGlobalReplicationGroupClass
>(
  "aws_elasticache_global_replication_group",
  "@cdktf/provider-aws/lib/elasticache-global-replication-group/index.js",
  "ElasticacheGlobalReplicationGroup",
);
export const ElasticacheReplicationGroup = lazy<typeof ElasticacheReplicationGroupClass>(
  "aws_elasticache_replication_group",
  "@cdktf/provider-aws/lib/elasticache-replication-group/index.js",
  "ElasticacheReplicationGroup",
);
export const ElasticacheSubnetGroup = lazy<typeof ElasticacheSubnetGroupClass>(
  "aws_elasticache_subnet_group",
  "@cdktf/provider-aws/lib/elasticache-subnet-group/index.js",
  "ElasticacheSubnetGroup",
);
export const FlowLog = lazy<typeof FlowLogClass>(
  "aws_flow_log",
  "@cdktf/provider-aws/lib/flow-log/index.js",
  "FlowLog",
);
export const IamInstanceProfile = lazy<typeof IamInstanceProfileClass>(
  "aws_iam_instance_profile",
  "@cdktf/provider-aws/lib/iam-instance-profile/index.js",
  "IamInstanceProfile",
);
export const IamRole = lazy<typeof IamRoleClass>(
  "aws_iam_role",
  "@cdktf/provider-aws/lib/iam-role/index.js",
  "IamRole",
);
export const IamRolePolicy = lazy<typeof IamRolePolicyClass>(
  "aws_iam_role_policy",
  "@cdktf/provider-aws/lib/iam-role-policy/index.js",
  "IamRolePolicy",
);
export const IamRolePolicyAttachment = lazy<typeof IamRolePolicyAttachmentClass>(
  "aws_iam_role_policy_attachment",
  "@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js",
  "IamRolePolicyAttachment",
);
export const InternetGateway = lazy<typeof InternetGatewayClass>(
  "aws_internet_gateway",
  "@cdktf/provider-aws/lib/internet-gateway/index.js",
  "InternetGateway",
);
export const KinesisStream = lazy<typeof KinesisStreamClass>(
  "aws_kinesis_stream",
  "@cdktf/provider-aws/lib/kinesis-stream/index.js",
  "KinesisStream",
);
export const KmsAlias = lazy<typeof KmsAliasClass>(
  "aws_kms_alias",
  "@cdktf/provider-aws/lib/kms-alias/index.js",
  "KmsAlias",
);
export const KmsKey = lazy<typeof KmsKeyClass>(
  "aws_kms_key",
  "@cdktf/provider-aws/lib/kms-key/index.js",
  "KmsKey",
);
export const LambdaEventSourceMapping = lazy<typeof LambdaEventSourceMappingClass>(
  "aws_lambda_event_source_mapping",
  "@cdktf/provider-aws/lib/lambda-event-source-mapping/index.js",
  "LambdaEventSourceMapping",
);
export const LambdaFunction = lazy<typeof LambdaFunctionClass>(
  "aws_lambda_function",
  "@cdktf/provider-aws/lib/lambda-function/index.js",
  "LambdaFunction",
);
export const LambdaPermission = lazy<typeof LambdaPermissionClass>(
  "aws_lambda_permission",
  "@cdktf/provider-aws/lib/lambda-permission/index.js",
  "LambdaPermission",
);
export const LaunchTemplate = lazy<typeof LaunchTemplateClass>(
  "aws_launch_template",
  "@cdktf/provider-aws/lib/launch-template/index.js",
  "LaunchTemplate",
);
export const Lb = lazy<typeof LbClass>("aws_lb", "@cdktf/provider-aws/lib/lb/index.js", "Lb");
export const LbListener = lazy<typeof LbListenerClass>(
  "aws_lb_listener",
  "@cdktf/provider-aws/lib/lb-listener/index.js",
  "LbListener",
);
export const LbTargetGroup = lazy<typeof LbTargetGroupClass>(
  "aws_lb_target_group",
  "@cdktf/provider-aws/lib/lb-target-group/index.js",
  "LbTargetGroup",
);
export const NatGateway = lazy<typeof NatGatewayClass>(
  "aws_nat_gateway",
  "@cdktf/provider-aws/lib/nat-gateway/index.js",
  "NatGateway",
);
export const RdsCluster = lazy<typeof RdsClusterClass>(
  "aws_rds_cluster",
  "@cdktf/provider-aws/lib/rds-cluster/index.js",
  "RdsCluster",
);
export const RdsClusterInstance = lazy<typeof RdsClusterInstanceClass>(
  "aws_rds_cluster_instance",
  "@cdktf/provider-aws/lib/rds-cluster-instance/index.js",
  "RdsClusterInstance",
);
export const RdsClusterParameterGroup = lazy<typeof RdsClusterParameterGroupClass>(
  "aws_rds_cluster_parameter_group",
  "@cdktf/provider-aws/lib/rds-cluster-parameter-group/index.js",
  "RdsClusterParameterGroup",
);
export const RdsGlobalCluster = lazy<typeof RdsGlobalClusterClass>(
  "aws_rds_global_cluster",
  "@cdktf/provider-aws/lib/rds-global-cluster/index.js",
  "RdsGlobalCluster",
);
export const Route53HealthCheck = lazy<typeof Route53HealthCheckClass>(
  "aws_route53_health_check",
  "@cdktf/provider-aws/lib/route53-health-check/index.js",
  "Route53HealthCheck",
);
export const Route53Record = lazy<typeof Route53RecordClass>(
  "aws_route53_record",
  "@cdktf/provider-aws/lib/route53-record/index.js",
  "Route53Record",
);
export const Route53Zone = lazy<typeof Route53ZoneClass>(
  "aws_route53_zone",
  "@cdktf/provider-aws/lib/route53-zone/index.js",
  "Route53Zone",
);
export const RouteTable = lazy<typeof RouteTableClass>(
  "aws_route_table",
  "@cdktf/provider-aws/lib/route-table/index.js",
  "RouteTable",
);
export const RouteTableAssociation = lazy<typeof RouteTableAssociationClass>(
  "aws_route_table_association",
  "@cdktf/provider-aws/lib/route-table-association/index.js",
  "RouteTableAssociation",
);
export const S3Bucket = lazy<typeof S3BucketClass>(
  "aws_s3_bucket",
  "@cdktf/provider-aws/lib/s3-bucket/index.js",
  "S3Bucket",
);
export const S3BucketLifecycleConfiguration = lazy<typeof S3BucketLifecycleConfigurationClass>(
  "aws_s3_bucket_lifecycle_configuration",
  "@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration/index.js",
  "S3BucketLifecycleConfiguration",
);
export const S3BucketLoggingA = lazy<typeof S3BucketLoggingAClass>(
  "aws_s3_bucket_logging",
  "@cdktf/provider-aws/lib/s3-bucket-logging/index.js",
  "S3BucketLoggingA",
);
export const S3BucketOwnershipControls = lazy<typeof S3BucketOwnershipControlsClass>(
  "aws_s3_bucket_ownership_controls",
  "@cdktf/provider-aws/lib/s3-bucket-ownership-controls/index.js",
  "S3BucketOwnershipControls",
);
export const S3BucketPolicy = lazy<typeof S3BucketPolicyClass>(
  "aws_s3_bucket_policy",
  "@cdktf/provider-aws/lib/s3-bucket-policy/index.js",
  "S3BucketPolicy",
);
export const S3BucketPublicAccessBlock = lazy<typeof S3BucketPublicAccessBlockClass>(
  "aws_s3_bucket_public_access_block",
  "@cdktf/provider-aws/lib/s3-bucket-public-access-block/index.js",
  "S3BucketPublicAccessBlock",
);
export const S3BucketReplicationConfigurationA = lazy<
  typeof S3BucketReplicationConfigurationAClass
>(
  "aws_s3_bucket_replication_configuration",
  "@cdktf/provider-aws/lib/s3-bucket-replication-configuration/index.js",
  "S3BucketReplicationConfigurationA",
);
export const S3BucketServerSideEncryptionConfigurationA = lazy<
  typeof S3BucketServerSideEncryptionConfigurationAClass
>(
  "aws_s3_bucket_server_side_encryption_configuration",
  "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration/index.js",
  "S3BucketServerSideEncryptionConfigurationA",
);
export const S3BucketVersioningA = lazy<typeof S3BucketVersioningAClass>(
  "aws_s3_bucket_versioning",
  "@cdktf/provider-aws/lib/s3-bucket-versioning/index.js",
  "S3BucketVersioningA",
);
export const SecretsmanagerSecret = lazy<typeof SecretsmanagerSecretClass>(
  "aws_secretsmanager_secret",
  "@cdktf/provider-aws/lib/secretsmanager-secret/index.js",
  "SecretsmanagerSecret",
);
export const SecretsmanagerSecretVersion = lazy<typeof SecretsmanagerSecretVersionClass>(
  "aws_secretsmanager_secret_version",
  "@cdktf/provider-aws/lib/secretsmanager-secret-version/index.js",
  "SecretsmanagerSecretVersion",
);
export const SecurityGroup = lazy<typeof SecurityGroupClass>(
  "aws_security_group",
  "@cdktf/provider-aws/lib/security-group/index.js",
  "SecurityGroup",
);
export const ShieldProtection = lazy<typeof ShieldProtectionClass>(
  "aws_shield_protection",
  "@cdktf/provider-aws/lib/shield-protection/index.js",
  "ShieldProtection",
);
export const SnsTopic = lazy<typeof SnsTopicClass>(
  "aws_sns_topic",
  "@cdktf/provider-aws/lib/sns-topic/index.js",
  "SnsTopic",
);
export const SnsTopicPolicy = lazy<typeof SnsTopicPolicyClass>(
  "aws_sns_topic_policy",
  "@cdktf/provider-aws/lib/sns-topic-policy/index.js",
  "SnsTopicPolicy",
);
export const SnsTopicSubscription = lazy<typeof SnsTopicSubscriptionClass>(
  "aws_sns_topic_subscription",
  "@cdktf/provider-aws/lib/sns-topic-subscription/index.js",
  "SnsTopicSubscription",
);
export const SqsQueue = lazy<typeof SqsQueueClass>(
  "aws_sqs_queue",
  "@cdktf/provider-aws/lib/sqs-queue/index.js",
  "SqsQueue",
);
export const Subnet = lazy<typeof SubnetClass>(
  "aws_subnet",
  "@cdktf/provider-aws/lib/subnet/index.js",
  "Subnet",
);
export const Vpc = lazy<typeof VpcClass>("aws_vpc", "@cdktf/provider-aws/lib/vpc/index.js", "Vpc");
export const VpcEndpoint = lazy<typeof VpcEndpointClass>(
  "aws_vpc_endpoint",
  "@cdktf/provider-aws/lib/vpc-endpoint/index.js",
  "VpcEndpoint",
);
export const VpcSecurityGroupEgressRule = lazy<typeof VpcSecurityGroupEgressRuleClass>(
  "aws_vpc_security_group_egress_rule",
  "@cdktf/provider-aws/lib/vpc-security-group-egress-rule/index.js",
  "VpcSecurityGroupEgressRule",
);
export const VpcSecurityGroupIngressRule = lazy<typeof VpcSecurityGroupIngressRuleClass>(
  "aws_vpc_security_group_ingress_rule",
  "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule/index.js",
  "VpcSecurityGroupIngressRule",
);
export const Wafv2WebAcl = lazy<typeof Wafv2WebAclClass>(
  "aws_wafv2_web_acl",
  "@cdktf/provider-aws/lib/wafv2-web-acl/index.js",
  "Wafv2WebAcl",
);
export const Wafv2WebAclAssociation = lazy<typeof Wafv2WebAclAssociationClass>(
  "aws_wafv2_web_acl_association",
  "@cdktf/provider-aws/lib/wafv2-web-acl-association/index.js",
  "Wafv2WebAclAssociation",
);
