import {
  AURORA_INSTANCE_CLASSES,
  AWS_DEFAULT_QUOTAS,
  AWS_LIMITS,
  CACHE_NODE_TYPES,
  RDS_INSTANCE_CLASSES,
  type ServiceQuota,
} from "@idio-iac/core";
import type { QuotaName } from "./types.js";

/** A name property of a graph kind and the most characters its service accepts. */
export interface NameLimit {
  readonly kind: string;
  readonly prop: string;
  readonly max: number;
  /** Unique in the account (IAM) rather than per region. */
  readonly global: boolean;
}

/**
 * `input.limits`, what the deployability rules (rego/rules/deploy) compare the graph with. The
 * numbers live in @idio-iac/core (AWS_LIMITS, AWS_DEFAULT_QUOTAS, the sizing tables), so the
 * compiler that picks names and sizes and the rules that check them cannot drift apart.
 */
/**
 * A quota as the rules see it. Where the account's applied value was given (the intent's
 * `policy.quotas`, or the caller's), `value` is that value and `awsDefault` keeps AWS's default,
 * so a message names the stated value as the account's, not as the default.
 */
export interface CheckedQuota extends ServiceQuota {
  readonly awsDefault?: number;
}

export interface DeployLimits {
  /** AWS_DEFAULT_QUOTAS, with the account's applied values where the caller gave them. */
  readonly quotas: { readonly [Name in QuotaName]: CheckedQuota };
  readonly lambdaMinUnreservedConcurrency: number;
  readonly iamRoleInlinePolicyChars: number;
  readonly names: readonly NameLimit[];
  /** Classes IDIO knows each engine offers, by the graph kind that names one. */
  readonly instanceClasses: Readonly<Record<string, readonly string[]>>;
}

const names = AWS_LIMITS.names;
const limit = (kind: string, prop: string, max: number, global = false): NameLimit => ({
  kind,
  prop,
  max,
  global,
});

export const DEPLOY_LIMITS: DeployLimits = {
  quotas: AWS_DEFAULT_QUOTAS,
  lambdaMinUnreservedConcurrency: AWS_LIMITS.lambda.minUnreservedConcurrency,
  iamRoleInlinePolicyChars: AWS_LIMITS.iam.maxRoleInlinePolicyChars,
  names: [
    limit("aws.elbv2.load_balancer", "name", names.loadBalancer),
    limit("aws.elbv2.target_group", "name", names.targetGroup),
    limit(
      "aws.elasticache.replication_group",
      "replicationGroupId",
      names.elastiCacheReplicationGroupId,
    ),
    limit("aws.rds.instance", "identifier", names.rdsIdentifier),
    limit("aws.rds.cluster", "identifier", names.rdsIdentifier),
    limit("aws.rds.cluster_instance", "identifier", names.rdsIdentifier),
    limit("aws.iam.role", "name", names.iamRoleName, true),
    limit("aws.iam.instance_profile", "name", names.iamInstanceProfileName, true),
    limit("aws.lambda.function", "functionName", names.lambdaFunctionName),
    limit("aws.sqs.queue", "name", names.sqsQueueName),
    limit("aws.sns.topic", "name", names.snsTopicName),
    limit("aws.logs.log_group", "name", names.logGroupName),
    limit("aws.dynamodb.table", "name", names.dynamoDbTableName),
    limit("aws.kinesis.stream", "name", names.kinesisStreamName),
    limit("aws.ecs.cluster", "name", names.ecsName),
    limit("aws.ecs.service", "name", names.ecsName),
    limit("aws.ec2.security_group", "name", names.securityGroupName),
    limit("aws.kms.alias", "name", names.kmsAliasName),
    limit("aws.cloudwatch.metric_alarm", "name", names.cloudWatchAlarmName),
    limit("aws.s3.bucket", "namePrefix", names.s3BucketPrefix),
  ],
  instanceClasses: {
    "aws.rds.instance": RDS_INSTANCE_CLASSES.map((c) => c.name),
    "aws.rds.cluster_instance": AURORA_INSTANCE_CLASSES.map((c) => c.name),
    "aws.elasticache.replication_group": CACHE_NODE_TYPES.map((t) => t.name),
  },
};

/** The limits with the account's applied quotas in place of AWS's defaults, where given. */
export function deployLimits(
  applied: Readonly<Partial<Record<QuotaName, number>>> = {},
): DeployLimits {
  if (Object.keys(applied).length === 0) return DEPLOY_LIMITS;
  const quotas = Object.fromEntries(
    Object.entries(AWS_DEFAULT_QUOTAS).map(([name, quota]) => {
      const value = applied[name as QuotaName];
      return [name, value === undefined ? quota : { ...quota, value, awsDefault: quota.value }];
    }),
  ) as unknown as DeployLimits["quotas"];
  return { ...DEPLOY_LIMITS, quotas };
}
