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
 * Resource types moto cannot create (the apply fails or hangs); the test
 * removes them from the configuration before applying. Keep README.md in step.
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
};

/**
 * moto 5.2 has no CloudFront VPC origins (CreateVpcOrigin is not implemented),
 * so a plan without a domain is applied without them and without the
 * distributions that use them. Keep README.md in step.
 */
export const MOTO_CANNOT_CREATE_WITHOUT_DOMAIN: Readonly<Record<string, string>> = {
  aws_cloudfront_vpc_origin: "moto does not implement CreateVpcOrigin",
  aws_cloudfront_distribution: "its origin is the VPC origin moto cannot create",
};

/**
 * Resource types moto creates but reads back differently, so a second plan
 * shows a change that real AWS would not; the no-changes check skips them.
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
};
