/**
 * What each applied configuration loses to moto's gaps (moto-server.ts), by
 * address: the resources of a type moto cannot create and whatever refers to
 * them. The tests require exactly these, so a new gap or a new reference to
 * one is seen, not silently dropped. Keep README.md in step.
 */
export const EXPECTED_REMOVED: Readonly<Record<string, readonly string[]>> = {
  "custom-policy": [
    "aws_appautoscaling_policy.web_scaling_policy_cpu",
    "aws_appautoscaling_target.web_scaling_target",
    "aws_backup_selection.recovery_backup_selection",
    "aws_cloudtrail.security_trail",
    "aws_s3_bucket_logging.attachments_bucket",
  ],
  "data-pipeline": [
    "aws_appautoscaling_policy.enrich_scaling_policy_cpu",
    "aws_appautoscaling_target.enrich_scaling_target",
    "aws_backup_selection.recovery_backup_selection",
    "aws_budgets_budget.ops_budget",
    "aws_cloudtrail.security_trail",
    "aws_s3_bucket_logging.raw-data_bucket",
  ],
  "ecommerce-platform": [
    "aws_appautoscaling_policy.api_scaling_policy_cpu",
    "aws_appautoscaling_policy.web_scaling_policy_cpu",
    "aws_appautoscaling_target.api_scaling_target",
    "aws_appautoscaling_target.web_scaling_target",
    "aws_backup_selection.recovery_backup_selection",
    "aws_budgets_budget.ops_budget",
    "aws_cloudtrail.security_trail",
    "aws_cloudwatch_dashboard.ops_dashboard",
    "aws_cloudwatch_metric_alarm.ops_alarm_api_cpu",
    "aws_cloudwatch_metric_alarm.ops_alarm_api_memory",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_cpu-001",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_cpu-002",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_cpu-003",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_memory-001",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_memory-002",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_memory-003",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_replication-lag-001",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_replication-lag-002",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_replication-lag-003",
    "aws_ecs_service.api_service",
    "aws_ecs_task_definition.api_task",
    "aws_elasticache_replication_group.cache_replication-group",
  ],
  "global-ecommerce": [
    "aws_appautoscaling_policy.api_scaling_policy_cpu",
    "aws_appautoscaling_policy.web_scaling_policy_cpu",
    "aws_appautoscaling_target.api_scaling_target",
    "aws_appautoscaling_target.web_scaling_target",
    "aws_backup_selection.recovery_backup_selection",
    "aws_budgets_budget.ops_budget",
    "aws_cloudtrail.security_trail",
    "aws_cloudwatch_dashboard.ops_dashboard",
    "aws_cloudwatch_metric_alarm.ops_alarm_api_cpu",
    "aws_cloudwatch_metric_alarm.ops_alarm_api_memory",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_cpu-001",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_cpu-002",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_cpu-003",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_memory-001",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_memory-002",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_memory-003",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_replication-lag-001",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_replication-lag-002",
    "aws_cloudwatch_metric_alarm.ops_alarm_cache_replication-lag-003",
    "aws_cloudwatch_metric_alarm.ops_alarm_catalog_read-throttles",
    "aws_cloudwatch_metric_alarm.ops_alarm_catalog_replication-latency",
    "aws_cloudwatch_metric_alarm.ops_alarm_catalog_write-throttles",
    "aws_dynamodb_table.catalog_table",
    "aws_ecs_service.api_service",
    "aws_ecs_task_definition.api_task",
    "aws_elasticache_replication_group.cache_replication-group",
    "aws_iam_role_policy.api_task_role_connections",
    "aws_s3_bucket_logging.storefront_bucket",
  ],
  "healthcare-hipaa": [
    "aws_appautoscaling_policy.api_scaling_policy_cpu",
    "aws_appautoscaling_policy.web_scaling_policy_cpu",
    "aws_appautoscaling_target.api_scaling_target",
    "aws_appautoscaling_target.web_scaling_target",
    "aws_backup_selection.recovery_backup_selection",
    "aws_budgets_budget.ops_budget",
    "aws_cloudtrail.security_trail",
    "aws_cloudwatch_metric_alarm.dr_ops_alarm_db_dr-replication-lag",
    "aws_db_instance.dr_db_replica",
    "aws_s3_bucket_logging.documents_bucket",
  ],
  "serverless-api": [
    "aws_apigatewayv2_api_mapping.api_http-api_mapping",
    "aws_apigatewayv2_domain_name.api_http-api_domain",
    "aws_backup_selection.recovery_backup_selection",
    "aws_budgets_budget.ops_budget",
    "aws_route53_record.api_dns_a",
    "aws_route53_record.api_dns_aaaa",
  ],
  "startup-mvp": ["aws_budgets_budget.ops_budget"],
  "static-website": ["aws_budgets_budget.ops_budget", "aws_s3_bucket_logging.site_bucket"],
};

/**
 * HTTPS without a domain: CloudFront in front of an internal load balancer
 * through a VPC origin. Outside us-east-1, so no CloudFront alarm refers to
 * the distribution moto cannot create.
 */
export const NO_DOMAIN = [
  "apiVersion: idio.dev/v1",
  "name: nodomain",
  "environment: development",
  "region: eu-west-1",
  "security: { encryptionInTransit: true }",
  "tiers:",
  "  - { name: web, type: web, compute: fargate, image: public.ecr.aws/nginx/nginx:1.27, trafficPattern: steady, expectedRps: 5, scaling: { min: 1, max: 2 } }",
  "",
].join("\n");

/** CloudFront's VPC origin, the distribution using it, and the scaling target with its policy. */
export const NO_DOMAIN_REMOVED: readonly string[] = [
  "aws_appautoscaling_policy.web_scaling_policy_cpu",
  "aws_appautoscaling_target.web_scaling_target",
  "aws_cloudfront_distribution.web_distribution",
  "aws_cloudfront_vpc_origin.web_vpc-origin",
];
