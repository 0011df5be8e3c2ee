import type { Kind } from "@idio-iac/graph";
import type { PriceMapper } from "../mapper-types.js";
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
import { loadBalancerMapper } from "./elbv2-load-balancer.js";
import { kinesisStreamMapper } from "./kinesis-stream.js";
import { kmsKeyMapper } from "./kms-key.js";
import { lambdaFunctionMapper } from "./lambda-function.js";
import { logGroupMapper } from "./logs-log-group.js";
import { dbClusterInstanceMapper } from "./rds-cluster-instance.js";
import { dbClusterMapper } from "./rds-cluster.js";
import { dbGlobalClusterMapper } from "./rds-global-cluster.js";
import { dbInstanceMapper } from "./rds-instance.js";
import { bucketMapper } from "./s3-bucket.js";
import { queueMapper } from "./sqs-queue.js";
import { webAclMapper } from "./wafv2-web-acl.js";

export { NO_DIRECT_COST } from "./no-direct-cost.js";

/** Every priced kind's mapper, by kind: the explicit registry. */
export const PRICE_MAPPERS: Readonly<Partial<{ [K in Kind]: PriceMapper<K> }>> = {
  "aws.apigatewayv2.api": httpApiMapper,
  "aws.autoscaling.group": autoScalingGroupMapper,
  "aws.backup.plan": backupPlanMapper,
  "aws.cloudfront.distribution": distributionMapper,
  "aws.cloudwatch.dashboard": dashboardMapper,
  "aws.cloudwatch.metric_alarm": metricAlarmMapper,
  "aws.dynamodb.table": dynamoTableMapper,
  "aws.ec2.eip": elasticIpMapper,
  "aws.ec2.flow_log": flowLogMapper,
  "aws.ec2.nat_gateway": natGatewayMapper,
  "aws.ec2.vpc_endpoint": vpcEndpointMapper,
  "aws.ecs.service": ecsServiceMapper,
  "aws.elasticache.replication_group": cacheReplicationGroupMapper,
  "aws.elbv2.load_balancer": loadBalancerMapper,
  "aws.kinesis.stream": kinesisStreamMapper,
  "aws.kms.key": kmsKeyMapper,
  "aws.lambda.function": lambdaFunctionMapper,
  "aws.logs.log_group": logGroupMapper,
  "aws.rds.cluster": dbClusterMapper,
  "aws.rds.cluster_instance": dbClusterInstanceMapper,
  "aws.rds.global_cluster": dbGlobalClusterMapper,
  "aws.rds.instance": dbInstanceMapper,
  "aws.s3.bucket": bucketMapper,
  "aws.sqs.queue": queueMapper,
  "aws.wafv2.web_acl": webAclMapper,
};
