import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** Why the moto end-to-end test cannot run here, or undefined when it can. */
export function motoMissing(): string | undefined {
  const found = spawnSync("moto_server", ["--help"], { encoding: "utf8" });
  return found.status === 0 ? undefined : "moto_server is not on PATH";
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface MotoServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Starts moto_server on loopback and waits until it answers. */
export async function startMoto(): Promise<MotoServer> {
  const port = await freePort();
  const child: ChildProcess = spawn("moto_server", ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: "ignore",
    // moto leaves AWS managed policies out unless asked; roles attach several.
    // ACM issues a DNS-validated certificate after MOTO_ACM_VALIDATION_WAIT seconds (60 by default).
    env: { ...process.env, MOTO_IAM_LOAD_MANAGED_POLICIES: "true", MOTO_ACM_VALIDATION_WAIT: "1" },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** The AWS services the applied examples call, as provider `endpoints` keys. */
const SERVICES = [
  "acm",
  "apigatewayv2",
  "appautoscaling",
  "autoscaling",
  "backup",
  "budgets",
  "cloudfront",
  "cloudtrail",
  "cloudwatch",
  "dynamodb",
  "ec2",
  "ecr",
  "ecs",
  "elasticache",
  "elbv2",
  "events",
  "iam",
  "kinesis",
  "kms",
  "lambda",
  "logs",
  "rds",
  "route53",
  "s3",
  "secretsmanager",
  "shield",
  "sns",
  "sqs",
  "sts",
  "wafv2",
];

/** A provider override pointing every provider of a configuration at moto. */
export function motoOverride(endpoint: string, aliases: readonly (string | undefined)[]): string {
  const provider = {
    access_key: "test",
    secret_key: "test",
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    skip_region_validation: true,
    s3_use_path_style: true,
    endpoints: [Object.fromEntries(SERVICES.map((service) => [service, endpoint]))],
  };
  return JSON.stringify({
    provider: { aws: aliases.map((alias) => (alias ? { ...provider, alias } : provider)) },
  });
}

/**
 * Resource types moto cannot create (the apply fails or hangs); the tests
 * remove them, and whatever refers to them, before applying. Each reason was
 * checked in moto 5.2.1's source or its answer. Keep README.md in step.
 */
export const MOTO_CANNOT_CREATE: Readonly<Record<string, string>> = {
  aws_budgets_budget: "the provider never sees the created budget and waits until it times out",
  aws_backup_selection: "CreateBackupSelection is missing; the provider retries until it times out",
  aws_apigatewayv2_domain_name:
    "moto returns no domain name status, so the provider waits for AVAILABLE and fails (its API mapping and alias records go with it)",
  aws_appautoscaling_target:
    "moto does not implement Application Auto Scaling's ListTagsForResource, which the provider calls after creating a target (its scaling policies go with it)",
  aws_s3_bucket_logging:
    "moto accepts only log-delivery ACL grants, not the bucket policy IDIO writes (BucketOwnerEnforced buckets have no ACLs)",
  aws_cloudtrail:
    "moto's StartLogging looks the trail up by name only (`self.trails[name]`), so the trail ARN the provider passes raises KeyError, answered as HTTP 500, which the provider retries until it times out",
  aws_elasticache_replication_group:
    "moto lists member clusters (<id>-001 …) of a replication group but creates no cache clusters for them, so the provider's read after create fails with CacheClusterNotFound",
  aws_cloudfront_vpc_origin:
    "moto does not implement CreateVpcOrigin (the distribution whose origin it is goes with it)",
};

/** A resource moto cannot create only in one configuration of its type. */
export interface MotoConditionalGap {
  readonly type: string;
  /** Which resources of the type, in words. */
  readonly when: string;
  readonly why: string;
  readonly matches: (body: Readonly<Record<string, unknown>>) => boolean;
}

/** Removed like MOTO_CANNOT_CREATE, but only the resources `matches` selects. Keep README.md in step. */
export const MOTO_CANNOT_CREATE_WHEN: readonly MotoConditionalGap[] = [
  {
    type: "aws_db_instance",
    when: "a cross-region read replica (`replicate_source_db` is an ARN)",
    why: "moto copies the source instance and resolves the replica's DBSubnetGroupName in the source's region (the copy keeps its region), so CreateDBInstanceReadReplica fails with DBSubnetGroupNotFoundFault",
    matches: (body) =>
      typeof body.replicate_source_db === "string" && body.replicate_source_db.includes(".arn}"),
  },
  {
    type: "aws_dynamodb_table",
    when: "a global table (a `replica` block)",
    why: "moto's UpdateTable ignores ReplicaUpdates and DescribeTable returns no Replicas, so the provider waits for the replica to become ACTIVE until it times out",
    matches: (body) => Array.isArray(body.replica) && body.replica.length > 0,
  },
];

/**
 * Resource types moto creates but reads back differently, so a second plan
 * shows an in-place update that real AWS would not; the no-changes check
 * skips them (a replacement still fails it).
 */
export const MOTO_DRIFTS: Readonly<Record<string, string>> = {
  aws_cloudfront_distribution:
    "moto drops origin_access_control_id and the ACM viewer certificate and adds forwarded_values",
  aws_backup_plan: "moto does not store tags, so default_tags show as added",
  aws_backup_vault: "moto does not store tags, so default_tags show as added",
  aws_lambda_function: "moto does not return kms_key_arn or logging_config",
  aws_ecs_service:
    "moto does not store enable_execute_command, health_check_grace_period_seconds or availability_zone_rebalancing",
  aws_vpc_security_group_egress_rule:
    "moto returns a referenced group as <account>/<group id> and drops the rule's description",
  aws_vpc_security_group_ingress_rule:
    "moto returns a referenced group as <account>/<group id> and drops the rule's description",
  aws_sqs_queue: "moto returns redrive_policy JSON with different whitespace",
  aws_kinesis_stream:
    "moto's CreateStream ignores Tags (it reads only StreamName, ShardCount and StreamModeDetails)",
  aws_db_parameter_group:
    "moto's DescribeDBParameters returns each parameter as sent, without Source (user), and the provider reads none back",
  aws_db_instance:
    "moto has no Performance Insights or Enhanced Monitoring fields (performance_insights_enabled, monitoring_interval, monitoring_role_arn read back empty)",
  aws_rds_cluster_instance:
    "moto has no Performance Insights fields (performance_insights_enabled reads back false)",
  aws_rds_global_cluster: "moto's CreateGlobalCluster ignores Tags, so default_tags show as added",
  aws_route53_zone:
    "moto keeps the VPC of CreateHostedZone only with HostedZoneConfig.PrivateZone=true, which the provider does not send (AWS infers it from the VPC), so a private zone reads back without its vpc block",
  aws_secretsmanager_secret:
    "moto reports every replica's KmsKeyId as alias/aws/secretsmanager, not the key it was given",
  aws_s3_bucket_replication_configuration:
    "moto's GetBucketReplication answers every rule with DeleteMarkerReplication Disabled and without SourceSelectionCriteria",
  aws_rds_cluster:
    "moto returns ScalingConfigurationInfo (all fields null) for provisioned clusters too, so the provider plans a scaling_configuration block",
};
