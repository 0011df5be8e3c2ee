/**
 * How the embedded price book (`src/pricing/price-book.json`) was assembled:
 * AWS's public on-demand list prices (USD) read off each service's public
 * pricing page, one row per price, each with the page it came from and, where
 * a second public source showing the same number was found on the retrieval
 * date, that source too. `idio prices refresh` replaces these rows with
 * Price List API values (offer, SKU) for anyone with AWS credentials.
 *
 * Run: `npx tsx packages/catalog/scripts/seed-price-book.ts` (rewrites the JSON).
 * Rows added since (other helpers' products, `regional-prices.ts`) and the
 * `unpriced` marks are merged by `merge-prices.ts`; rewriting the book from
 * this file alone drops them, so run `merge-prices.ts` after it. Rows here
 * that disagree with AWS's own price data are replaced there by
 * `corrected-prices.ts` (AWS's number, and the copy it was read from).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PriceBook, PriceEntry } from "../src/pricing/price-book-types.js";

const RETRIEVED = "2026-11-21";
const US = ["us-east-1", "us-east-2", "us-west-2"] as const;
const EU = ["eu-west-1"] as const;
const ALL = [...US, ...EU] as const;
/** Europe (Frankfurt): priced on its own, product by product (see the end of the file). */
const DE = ["eu-central-1"] as const;

const PAGE = {
  fargate: "https://aws.amazon.com/fargate/pricing/",
  ec2: "https://aws.amazon.com/ec2/pricing/on-demand/",
  ebs: "https://aws.amazon.com/ebs/pricing/",
  lambda: "https://aws.amazon.com/lambda/pricing/",
  apigw: "https://aws.amazon.com/api-gateway/pricing/",
  vpc: "https://aws.amazon.com/vpc/pricing/",
  elb: "https://aws.amazon.com/elasticloadbalancing/pricing/",
  transfer: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
  cloudfront: "https://aws.amazon.com/cloudfront/pricing/",
  route53: "https://aws.amazon.com/route53/pricing/",
  rdsPostgres: "https://aws.amazon.com/rds/postgresql/pricing/",
  rdsMysql: "https://aws.amazon.com/rds/mysql/pricing/",
  aurora: "https://aws.amazon.com/rds/aurora/pricing/",
  elasticache: "https://aws.amazon.com/elasticache/pricing/",
  dynamodb: "https://aws.amazon.com/dynamodb/pricing/on-demand/",
  dynamodbProvisioned: "https://aws.amazon.com/dynamodb/pricing/provisioned/",
  s3: "https://aws.amazon.com/s3/pricing/",
  sqs: "https://aws.amazon.com/sqs/pricing/",
  kinesis: "https://aws.amazon.com/kinesis/data-streams/pricing/",
  kms: "https://aws.amazon.com/kms/pricing/",
  secrets: "https://aws.amazon.com/secrets-manager/pricing/",
  waf: "https://aws.amazon.com/waf/pricing/",
  cloudwatch: "https://aws.amazon.com/cloudwatch/pricing/",
  sns: "https://aws.amazon.com/sns/pricing/",
  backup: "https://aws.amazon.com/backup/pricing/",
  savingsPlans: "https://aws.amazon.com/savingsplans/compute-pricing/",
  rdsReserved: "https://aws.amazon.com/rds/reserved-instances/",
  elasticacheReserved: "https://aws.amazon.com/elasticache/reserved-cache-nodes/",
} as const;

/** Second public sources read on the retrieval date that show the same numbers. */
const SEEN = {
  fargate: "https://www.vantage.sh/blog/fargate-pricing",
  nat: "https://basavytix.com/blog/aws-nat-gateway-pricing",
  ipv4: "https://cloudburn.io/blog/aws-nat-gateway-pricing",
  s3Frankfurt: "https://www.demo.wlid.nl/s3-storage-classes.html",
  rdsMysqlClasses:
    "https://github.com/hashicorp/terraform-provider-aws/blob/main/internal/service/rds/instance_classes_test.go",
  rdsT4g: "https://infratally.com/articles/aws-rds-pricing-explained-2026.html",
  rdsStorage: "https://www.usage.ai/blogs/aws/reserved-instances/rds/pricing-calculator/",
  aurora: "https://store-v2-khaki.vercel.app/rds-vs-aurora-cost-calculator.html",
  dynamodb: "https://airbyte.com/data-engineering-resources/dynamodb-pricing",
  dynamodbProvisioned:
    "https://zeonedge.com/en/blog/dynamodb-cost-optimization-on-demand-provisioned-dax-single-table",
  lambda: "https://amnic.com/blogs/aws-lambda-pricing",
  waf: "https://c3x.dev/blog/aws-waf-cost-explained/",
  cloudwatch: "https://signoz.io/guides/cloudwatch-pricing",
  kinesis: "https://awsnegotiations.com/kinesis-pricing-optimization.html",
} as const;

const prices: PriceEntry[] = [];

function add(
  product: string,
  regions: readonly string[],
  attributes: Record<string, string>,
  unit: string,
  usd: string,
  url: string,
  corroboratedBy?: string,
): void {
  for (const region of regions) {
    prices.push({
      product,
      region,
      attributes,
      unit,
      usd,
      source: {
        kind: "pricing-page",
        url,
        retrieved: RETRIEVED,
        ...(corroboratedBy ? { corroboratedBy } : {}),
      },
    });
  }
}

// --- Compute -------------------------------------------------------------
for (const regions of [US, EU]) {
  add(
    "fargate-vcpu-hours",
    regions,
    { cpuArchitecture: "X86_64" },
    "vCPU-hour",
    "0.04048",
    PAGE.fargate,
    SEEN.fargate,
  );
  add(
    "fargate-memory-gb-hours",
    regions,
    { cpuArchitecture: "X86_64" },
    "GB-hour",
    "0.004445",
    PAGE.fargate,
    SEEN.fargate,
  );
  add(
    "fargate-vcpu-hours",
    regions,
    { cpuArchitecture: "ARM64" },
    "vCPU-hour",
    "0.03238",
    PAGE.fargate,
    SEEN.fargate,
  );
  add(
    "fargate-memory-gb-hours",
    regions,
    { cpuArchitecture: "ARM64" },
    "GB-hour",
    "0.00356",
    PAGE.fargate,
    SEEN.fargate,
  );
}

const EC2_US: Record<string, string> = {
  "t4g.micro": "0.0084",
  "t4g.small": "0.0168",
  "t4g.medium": "0.0336",
  "t4g.large": "0.0672",
  "t4g.xlarge": "0.1344",
  "m7g.medium": "0.0408",
  "m7g.large": "0.0816",
  "m7g.xlarge": "0.1632",
  "m7g.2xlarge": "0.3264",
  "m7g.4xlarge": "0.6528",
  "m7g.8xlarge": "1.3056",
  "c7g.large": "0.0725",
  "c7g.xlarge": "0.145",
  "c7g.2xlarge": "0.29",
  "r7g.large": "0.1071",
  "r7g.xlarge": "0.2142",
  "t3.micro": "0.0104",
  "t3.small": "0.0208",
  "t3.medium": "0.0416",
  "t3.large": "0.0832",
  "m7i.large": "0.1008",
  "m7i.xlarge": "0.2016",
  "m7i.2xlarge": "0.4032",
  "m6i.large": "0.096",
  "m6i.xlarge": "0.192",
  "c7i.large": "0.08925",
  "c7i.xlarge": "0.1785",
};
for (const [instanceType, usd] of Object.entries(EC2_US))
  add("ec2-instance-hours", US, { instanceType, operatingSystem: "Linux" }, "hour", usd, PAGE.ec2);
const EC2_EU: Record<string, string> = {
  "t4g.micro": "0.0092",
  "t4g.small": "0.0184",
  "t4g.medium": "0.0368",
  "t4g.large": "0.0736",
  "m7g.large": "0.0892",
  "m7g.xlarge": "0.1784",
  "t3.micro": "0.0114",
  "t3.small": "0.0228",
  "t3.medium": "0.0456",
  "m6i.large": "0.107",
  "m6i.xlarge": "0.214",
};
for (const [instanceType, usd] of Object.entries(EC2_EU))
  add("ec2-instance-hours", EU, { instanceType, operatingSystem: "Linux" }, "hour", usd, PAGE.ec2);
add("ebs-gp3-storage-gb-months", US, {}, "GB-month", "0.08", PAGE.ebs);
add("ebs-gp3-storage-gb-months", EU, {}, "GB-month", "0.088", PAGE.ebs);

add("lambda-requests", ALL, {}, "request", "0.0000002", PAGE.lambda, SEEN.lambda);
add(
  "lambda-duration-gb-seconds",
  ALL,
  { architecture: "x86_64" },
  "GB-second",
  "0.0000166667",
  PAGE.lambda,
  SEEN.lambda,
);
add(
  "lambda-duration-gb-seconds",
  ALL,
  { architecture: "arm64" },
  "GB-second",
  "0.0000133334",
  PAGE.lambda,
);
add("apigw-http-requests", US, {}, "request", "0.000001", PAGE.apigw);
add("apigw-http-requests", EU, {}, "request", "0.00000111", PAGE.apigw);

// --- Network -------------------------------------------------------------
add("nat-gateway-hours", US, {}, "hour", "0.045", PAGE.vpc, SEEN.nat);
add("nat-gateway-data-gb", US, {}, "GB", "0.045", PAGE.vpc, SEEN.nat);
add("nat-gateway-hours", EU, {}, "hour", "0.048", PAGE.vpc);
add("nat-gateway-data-gb", EU, {}, "GB", "0.048", PAGE.vpc);
add("public-ipv4-hours", ALL, {}, "IP-hour", "0.005", PAGE.vpc, SEEN.ipv4);
add("vpc-interface-endpoint-hours", US, {}, "endpoint-AZ-hour", "0.01", PAGE.vpc);
add("vpc-interface-endpoint-hours", EU, {}, "endpoint-AZ-hour", "0.011", PAGE.vpc);
add("alb-hours", US, {}, "hour", "0.0225", PAGE.elb);
add("alb-lcu-hours", US, {}, "LCU-hour", "0.008", PAGE.elb);
add("alb-hours", EU, {}, "hour", "0.0252", PAGE.elb);
add("alb-lcu-hours", EU, {}, "LCU-hour", "0.008", PAGE.elb);
add("data-transfer-out-internet-gb", ALL, {}, "GB", "0.09", PAGE.transfer);
add("data-transfer-inter-region-gb", ALL, {}, "GB", "0.02", PAGE.transfer);
add(
  "cloudfront-data-out-gb",
  ["global"],
  { priceClass: "PriceClass_100" },
  "GB",
  "0.085",
  PAGE.cloudfront,
);
add(
  "cloudfront-https-requests",
  ["global"],
  { priceClass: "PriceClass_100" },
  "request",
  "0.000001",
  PAGE.cloudfront,
);
add("route53-hosted-zone-months", ["global"], {}, "zone-month", "0.50", PAGE.route53);
add("route53-queries", ["global"], {}, "query", "0.0000004", PAGE.route53);

// --- Relational databases --------------------------------------------------
// RDS for PostgreSQL and MySQL share list prices for the Graviton classes
// IDIO sizes from; Multi-AZ (one standby) is exactly twice Single-AZ.
const RDS_US: Record<string, string> = {
  "db.t4g.micro": "0.016",
  "db.t4g.small": "0.032",
  "db.t4g.medium": "0.065",
  "db.t4g.large": "0.129",
  "db.t4g.xlarge": "0.258",
  "db.t4g.2xlarge": "0.517",
  "db.m6g.large": "0.152",
  "db.m6g.xlarge": "0.304",
  "db.m7g.large": "0.168",
  "db.m7g.xlarge": "0.337",
  "db.m7g.2xlarge": "0.674",
  "db.m7g.4xlarge": "1.348",
  "db.m7g.8xlarge": "2.696",
  "db.r6g.large": "0.215",
  "db.r6g.xlarge": "0.43",
  "db.r7g.large": "0.239",
  "db.r7g.xlarge": "0.478",
  "db.r7g.2xlarge": "0.956",
  "db.r7g.4xlarge": "1.912",
  "db.r7g.8xlarge": "3.824",
  "db.r7g.12xlarge": "5.736",
  "db.r7g.16xlarge": "7.648",
  "db.m5.large": "0.171",
  "db.m6i.large": "0.171",
  "db.r5.large": "0.24",
  "db.r6i.large": "0.24",
  "db.t3.micro": "0.017",
  "db.t3.small": "0.034",
  "db.t3.medium": "0.068",
};
const RDS_EU: Record<string, string> = {
  "db.t4g.micro": "0.018",
  "db.t4g.small": "0.036",
  "db.t4g.medium": "0.072",
  "db.t4g.large": "0.144",
};
function doubled(usd: string): string {
  const [whole, fraction = ""] = usd.split(".");
  const scale = 10 ** fraction.length;
  const value = (Number(whole) * scale + Number(fraction || "0")) * 2;
  return (value / scale).toFixed(fraction.length);
}
for (const [table, regions] of [
  [RDS_US, US],
  [RDS_EU, EU],
] as const) {
  for (const engine of ["postgres", "mysql"]) {
    const page = engine === "postgres" ? PAGE.rdsPostgres : PAGE.rdsMysql;
    for (const [instanceClass, usd] of Object.entries(table)) {
      const seen =
        instanceClass.startsWith("db.t4g.") && Number(usd) < 0.1
          ? SEEN.rdsT4g
          : SEEN.rdsMysqlClasses;
      add(
        "rds-instance-hours",
        regions,
        { engine, instanceClass, deployment: "Single-AZ" },
        "hour",
        usd,
        page,
        seen,
      );
      add(
        "rds-instance-hours",
        regions,
        { engine, instanceClass, deployment: "Multi-AZ" },
        "hour",
        doubled(usd),
        page,
        seen,
      );
    }
  }
}
add(
  "rds-storage-gb-months",
  US,
  { storageType: "gp3", deployment: "Single-AZ" },
  "GB-month",
  "0.115",
  PAGE.rdsPostgres,
  SEEN.rdsStorage,
);
add(
  "rds-storage-gb-months",
  US,
  { storageType: "gp3", deployment: "Multi-AZ" },
  "GB-month",
  "0.23",
  PAGE.rdsPostgres,
);
add(
  "rds-storage-gb-months",
  EU,
  { storageType: "gp3", deployment: "Single-AZ" },
  "GB-month",
  "0.127",
  PAGE.rdsPostgres,
);
add(
  "rds-storage-gb-months",
  EU,
  { storageType: "gp3", deployment: "Multi-AZ" },
  "GB-month",
  "0.254",
  PAGE.rdsPostgres,
);
add(
  "rds-storage-gb-months",
  US,
  { storageType: "io2", deployment: "Single-AZ" },
  "GB-month",
  "0.125",
  PAGE.rdsPostgres,
);
add(
  "rds-storage-gb-months",
  US,
  { storageType: "io2", deployment: "Multi-AZ" },
  "GB-month",
  "0.25",
  PAGE.rdsPostgres,
);
add(
  "rds-piops-months",
  US,
  { storageType: "io2", deployment: "Single-AZ" },
  "IOPS-month",
  "0.10",
  PAGE.rdsPostgres,
);
add(
  "rds-piops-months",
  US,
  { storageType: "io2", deployment: "Multi-AZ" },
  "IOPS-month",
  "0.20",
  PAGE.rdsPostgres,
);
add(
  "rds-backup-storage-gb-months",
  ALL,
  {},
  "GB-month",
  "0.095",
  PAGE.rdsPostgres,
  SEEN.rdsStorage,
);

const AURORA_US: Record<string, string> = {
  "db.t4g.medium": "0.073",
  "db.t4g.large": "0.146",
  "db.r6g.large": "0.26",
  "db.r6g.xlarge": "0.519",
  "db.r6g.2xlarge": "1.038",
  "db.r7g.large": "0.276",
  "db.r7g.xlarge": "0.553",
  "db.r7g.2xlarge": "1.106",
  "db.r7g.4xlarge": "2.212",
  "db.r7g.8xlarge": "4.424",
  "db.r7g.12xlarge": "6.636",
  "db.r7g.16xlarge": "8.848",
};
for (const engine of ["aurora-postgresql", "aurora-mysql"])
  for (const [instanceClass, usd] of Object.entries(AURORA_US))
    add(
      "aurora-instance-hours",
      US,
      { engine, instanceClass },
      "hour",
      usd,
      PAGE.aurora,
      instanceClass === "db.r7g.large" ? SEEN.aurora : undefined,
    );
add("aurora-storage-gb-months", US, {}, "GB-month", "0.10", PAGE.aurora, SEEN.aurora);
add("aurora-io-requests", US, {}, "I/O request", "0.0000002", PAGE.aurora, SEEN.aurora);
add("aurora-storage-gb-months", EU, {}, "GB-month", "0.11", PAGE.aurora);
add("aurora-io-requests", EU, {}, "I/O request", "0.00000022", PAGE.aurora);
add("aurora-backup-storage-gb-months", ALL, {}, "GB-month", "0.021", PAGE.aurora);
add("aurora-global-replicated-write-io", US, {}, "replicated write I/O", "0.0000002", PAGE.aurora);

// --- Caches ----------------------------------------------------------------
// Valkey node-based clusters are priced 20% below Redis OSS.
const CACHE_US: Record<string, [redis: string, valkey: string]> = {
  "cache.t4g.micro": ["0.016", "0.0128"],
  "cache.t4g.small": ["0.032", "0.0256"],
  "cache.t4g.medium": ["0.065", "0.052"],
  "cache.m7g.large": ["0.158", "0.1264"],
  "cache.m7g.xlarge": ["0.315", "0.252"],
  "cache.m7g.2xlarge": ["0.63", "0.504"],
  "cache.r7g.large": ["0.219", "0.1752"],
  "cache.r7g.xlarge": ["0.437", "0.3496"],
  "cache.r7g.2xlarge": ["0.874", "0.6992"],
  "cache.r7g.4xlarge": ["1.748", "1.3984"],
  "cache.r7g.8xlarge": ["3.496", "2.7968"],
  "cache.r7g.12xlarge": ["5.244", "4.1952"],
  "cache.r7g.16xlarge": ["6.992", "5.5936"],
  "cache.m6g.large": ["0.149", "0.1192"],
  "cache.r6g.large": ["0.206", "0.1648"],
};
/** Redis and Valkey hourly prices per node type, in `regions`. */
function addCacheNodeHours(
  regions: readonly string[],
  prices: Record<string, [redis: string, valkey: string]>,
): void {
  for (const [nodeType, [redis, valkey]] of Object.entries(prices)) {
    for (const [engine, usd] of [
      ["redis", redis],
      ["valkey", valkey],
    ] as const) {
      add(
        "elasticache-node-hours",
        regions,
        { engine, nodeType },
        "node-hour",
        usd,
        PAGE.elasticache,
      );
    }
  }
}
addCacheNodeHours(US, CACHE_US);
const CACHE_EU: Record<string, [string, string]> = {
  "cache.t4g.micro": ["0.017", "0.0136"],
  "cache.t4g.small": ["0.034", "0.0272"],
  "cache.t4g.medium": ["0.068", "0.0544"],
};
addCacheNodeHours(EU, CACHE_EU);

// --- NoSQL, storage, messaging -----------------------------------------------
add(
  "dynamodb-write-request-units",
  US,
  {},
  "write request unit",
  "0.000000625",
  PAGE.dynamodb,
  SEEN.dynamodb,
);
add(
  "dynamodb-read-request-units",
  US,
  {},
  "read request unit",
  "0.000000125",
  PAGE.dynamodb,
  SEEN.dynamodb,
);
add(
  "dynamodb-replicated-write-request-units",
  US,
  {},
  "replicated write request unit",
  "0.000000625",
  PAGE.dynamodb,
);
add("dynamodb-storage-gb-months", US, {}, "GB-month", "0.25", PAGE.dynamodb);
add("dynamodb-pitr-gb-months", US, {}, "GB-month", "0.20", PAGE.dynamodb);
add("dynamodb-storage-gb-months", EU, {}, "GB-month", "0.283", PAGE.dynamodb);
add("dynamodb-pitr-gb-months", EU, {}, "GB-month", "0.2264", PAGE.dynamodb);
add(
  "dynamodb-wcu-hours",
  US,
  {},
  "WCU-hour",
  "0.00065",
  PAGE.dynamodbProvisioned,
  SEEN.dynamodbProvisioned,
);
add(
  "dynamodb-rcu-hours",
  US,
  {},
  "RCU-hour",
  "0.00013",
  PAGE.dynamodbProvisioned,
  SEEN.dynamodbProvisioned,
);

add("s3-storage-gb-months", ALL, { storageClass: "STANDARD" }, "GB-month", "0.023", PAGE.s3);
add("s3-storage-gb-months", ALL, { storageClass: "STANDARD_IA" }, "GB-month", "0.0125", PAGE.s3);
add("s3-storage-gb-months", ALL, { storageClass: "GLACIER_IR" }, "GB-month", "0.004", PAGE.s3);
add("s3-put-requests", ALL, {}, "request", "0.000005", PAGE.s3);
add("s3-get-requests", ALL, {}, "request", "0.0000004", PAGE.s3);

add("sqs-requests", ALL, { queueType: "standard" }, "request", "0.0000004", PAGE.sqs);
add("sqs-requests", ALL, { queueType: "fifo" }, "request", "0.0000005", PAGE.sqs);

add("kinesis-ondemand-stream-hours", US, {}, "stream-hour", "0.04", PAGE.kinesis);
add("kinesis-ondemand-ingest-gb", US, {}, "GB", "0.08", PAGE.kinesis);
add("kinesis-ondemand-retrieval-gb", US, {}, "GB", "0.04", PAGE.kinesis);
add("kinesis-ondemand-extended-retention-gb-months", US, {}, "GB-month", "0.10", PAGE.kinesis);
add("kinesis-shard-hours", US, {}, "shard-hour", "0.015", PAGE.kinesis, SEEN.kinesis);
add(
  "kinesis-put-payload-units",
  US,
  {},
  "PUT payload unit",
  "0.000000014",
  PAGE.kinesis,
  SEEN.kinesis,
);
add(
  "kinesis-extended-retention-shard-hours",
  US,
  {},
  "shard-hour",
  "0.02",
  PAGE.kinesis,
  SEEN.kinesis,
);

// --- Security and operations ---------------------------------------------------
add("kms-key-months", ALL, {}, "key-month", "1.00", PAGE.kms);
add("kms-requests", ALL, {}, "request", "0.000003", PAGE.kms);
add("secretsmanager-secret-months", ALL, {}, "secret-month", "0.40", PAGE.secrets);
add("secretsmanager-api-requests", ALL, {}, "request", "0.000005", PAGE.secrets);
add("waf-web-acl-months", [...ALL, "global"], {}, "web ACL-month", "5.00", PAGE.waf, SEEN.waf);
add("waf-rule-months", [...ALL, "global"], {}, "rule-month", "1.00", PAGE.waf, SEEN.waf);
add("waf-requests", [...ALL, "global"], {}, "request", "0.0000006", PAGE.waf, SEEN.waf);
add("cloudwatch-logs-ingestion-gb", US, {}, "GB", "0.50", PAGE.cloudwatch, SEEN.cloudwatch);
add("cloudwatch-logs-ingestion-gb", EU, {}, "GB", "0.57", PAGE.cloudwatch);
add("cloudwatch-logs-storage-gb-months", ALL, {}, "GB-month", "0.03", PAGE.cloudwatch);
add("cloudwatch-metric-months", ALL, {}, "metric-month", "0.30", PAGE.cloudwatch, SEEN.cloudwatch);
add(
  "cloudwatch-alarm-months",
  ALL,
  { resolution: "standard" },
  "alarm-month",
  "0.10",
  PAGE.cloudwatch,
);
add("cloudwatch-alarm-months", ALL, { resolution: "high" }, "alarm-month", "0.30", PAGE.cloudwatch);
add("cloudwatch-dashboard-months", ALL, {}, "dashboard-month", "3.00", PAGE.cloudwatch);
add("sns-publish-requests", ALL, {}, "request", "0.0000005", PAGE.sns);
add("backup-storage-gb-months", ALL, { resourceType: "rds" }, "GB-month", "0.095", PAGE.backup);
add("backup-storage-gb-months", ALL, { resourceType: "aurora" }, "GB-month", "0.021", PAGE.backup);
add("backup-storage-gb-months", US, { resourceType: "dynamodb" }, "GB-month", "0.10", PAGE.backup);
add("backup-storage-gb-months", ALL, { resourceType: "s3" }, "GB-month", "0.05", PAGE.backup);

// --- Europe (Frankfurt, eu-central-1) ----------------------------------------
// Only the prices read for Frankfurt itself. Products whose page lists one
// price for every commercial region (Lambda, KMS, Secrets Manager, WAF, SQS,
// SNS, CloudWatch metrics, alarms and dashboards, public IPv4, data transfer)
// carry that price; the rest are Frankfurt's own rows. Not read, so absent
// (the estimate reports them as IDIO602): API Gateway, RDS and Aurora
// (instances, storage, I/O, backups), ElastiCache nodes, Kinesis, AWS Backup
// storage, DynamoDB replicated writes and provisioned capacity.
add("fargate-vcpu-hours", DE, { cpuArchitecture: "X86_64" }, "vCPU-hour", "0.04656", PAGE.fargate);
add(
  "fargate-memory-gb-hours",
  DE,
  { cpuArchitecture: "X86_64" },
  "GB-hour",
  "0.00511",
  PAGE.fargate,
);
add("fargate-vcpu-hours", DE, { cpuArchitecture: "ARM64" }, "vCPU-hour", "0.03725", PAGE.fargate);
add(
  "fargate-memory-gb-hours",
  DE,
  { cpuArchitecture: "ARM64" },
  "GB-hour",
  "0.00409",
  PAGE.fargate,
);
const EC2_DE: Record<string, string> = {
  "t4g.micro": "0.0096",
  "t4g.small": "0.0192",
  "t4g.medium": "0.0384",
  "t4g.large": "0.0768",
  "t3.micro": "0.012",
  "t3.small": "0.024",
  "t3.medium": "0.048",
  "m6i.large": "0.115",
  "m6i.xlarge": "0.23",
};
for (const [instanceType, usd] of Object.entries(EC2_DE))
  add("ec2-instance-hours", DE, { instanceType, operatingSystem: "Linux" }, "hour", usd, PAGE.ec2);
add("ebs-gp3-storage-gb-months", DE, {}, "GB-month", "0.0952", PAGE.ebs);
add("lambda-requests", DE, {}, "request", "0.0000002", PAGE.lambda);
add(
  "lambda-duration-gb-seconds",
  DE,
  { architecture: "x86_64" },
  "GB-second",
  "0.0000166667",
  PAGE.lambda,
);
add(
  "lambda-duration-gb-seconds",
  DE,
  { architecture: "arm64" },
  "GB-second",
  "0.0000133334",
  PAGE.lambda,
);
add("nat-gateway-hours", DE, {}, "hour", "0.052", PAGE.vpc);
add("nat-gateway-data-gb", DE, {}, "GB", "0.052", PAGE.vpc);
add("public-ipv4-hours", DE, {}, "IP-hour", "0.005", PAGE.vpc);
add("vpc-interface-endpoint-hours", DE, {}, "endpoint-AZ-hour", "0.012", PAGE.vpc);
add("alb-hours", DE, {}, "hour", "0.027", PAGE.elb);
add("alb-lcu-hours", DE, {}, "LCU-hour", "0.008", PAGE.elb);
add("data-transfer-out-internet-gb", DE, {}, "GB", "0.09", PAGE.transfer);
add("data-transfer-inter-region-gb", DE, {}, "GB", "0.02", PAGE.transfer);
add("dynamodb-write-request-units", DE, {}, "write request unit", "0.0000007625", PAGE.dynamodb);
add("dynamodb-read-request-units", DE, {}, "read request unit", "0.0000001525", PAGE.dynamodb);
add("dynamodb-storage-gb-months", DE, {}, "GB-month", "0.306", PAGE.dynamodb);
add("dynamodb-pitr-gb-months", DE, {}, "GB-month", "0.2448", PAGE.dynamodb);
add("s3-storage-gb-months", DE, { storageClass: "STANDARD" }, "GB-month", "0.0245", PAGE.s3);
add("s3-storage-gb-months", DE, { storageClass: "STANDARD_IA" }, "GB-month", "0.0135", PAGE.s3);
add("s3-storage-gb-months", DE, { storageClass: "GLACIER_IR" }, "GB-month", "0.005", PAGE.s3);
add("s3-put-requests", DE, {}, "request", "0.0000054", PAGE.s3);
add("s3-get-requests", DE, {}, "request", "0.00000043", PAGE.s3, SEEN.s3Frankfurt);
add("sqs-requests", DE, { queueType: "standard" }, "request", "0.0000004", PAGE.sqs);
add("sqs-requests", DE, { queueType: "fifo" }, "request", "0.0000005", PAGE.sqs);
add("kms-key-months", DE, {}, "key-month", "1.00", PAGE.kms);
add("kms-requests", DE, {}, "request", "0.000003", PAGE.kms);
add("secretsmanager-secret-months", DE, {}, "secret-month", "0.40", PAGE.secrets);
add("secretsmanager-api-requests", DE, {}, "request", "0.000005", PAGE.secrets);
add("waf-web-acl-months", DE, {}, "web ACL-month", "5.00", PAGE.waf);
add("waf-rule-months", DE, {}, "rule-month", "1.00", PAGE.waf);
add("waf-requests", DE, {}, "request", "0.0000006", PAGE.waf);
add("cloudwatch-logs-ingestion-gb", DE, {}, "GB", "0.63", PAGE.cloudwatch);
add("cloudwatch-logs-storage-gb-months", DE, {}, "GB-month", "0.0324", PAGE.cloudwatch);
add("cloudwatch-metric-months", DE, {}, "metric-month", "0.30", PAGE.cloudwatch);
add(
  "cloudwatch-alarm-months",
  DE,
  { resolution: "standard" },
  "alarm-month",
  "0.10",
  PAGE.cloudwatch,
);
add("cloudwatch-alarm-months", DE, { resolution: "high" }, "alarm-month", "0.30", PAGE.cloudwatch);
add("cloudwatch-dashboard-months", DE, {}, "dashboard-month", "3.00", PAGE.cloudwatch);
add("sns-publish-requests", DE, {}, "request", "0.0000005", PAGE.sns);

// --- Commitment discounts (fractions off on-demand, representative of the
// Graviton families IDIO selects; the exact rate varies by SKU) -------------------
const DISCOUNTS: [string, string, string, string, string][] = [
  ["compute-savings-plan", "1y", "no-upfront", "0.20", PAGE.savingsPlans],
  ["compute-savings-plan", "3y", "no-upfront", "0.45", PAGE.savingsPlans],
  ["rds-reserved-instance", "1y", "no-upfront", "0.31", PAGE.rdsReserved],
  ["rds-reserved-instance", "3y", "all-upfront", "0.58", PAGE.rdsReserved],
  ["elasticache-reserved-node", "1y", "no-upfront", "0.30", PAGE.elasticacheReserved],
  ["elasticache-reserved-node", "3y", "all-upfront", "0.55", PAGE.elasticacheReserved],
  ["fargate-spot", "none", "none", "0.70", PAGE.fargate],
];
for (const [offering, term, payment, fraction, url] of DISCOUNTS)
  add(
    "commitment-discount",
    ["global"],
    { offering, term, payment },
    "fraction of on-demand",
    fraction,
    url,
  );

const book: PriceBook = {
  schemaVersion: 1,
  currency: "USD",
  retrieved: RETRIEVED,
  description:
    "AWS on-demand list prices (USD) from the public pricing pages, for the components IDIO prices. Rebuild from the Price List API with `idio prices refresh`.",
  regions: [...ALL, ...DE],
  prices: prices.sort((a, b) =>
    `${a.product}|${a.region}|${JSON.stringify(a.attributes)}`.localeCompare(
      `${b.product}|${b.region}|${JSON.stringify(b.attributes)}`,
    ),
  ),
};

const out = fileURLToPath(new URL("../src/pricing/price-book.json", import.meta.url));
writeFileSync(out, `${JSON.stringify(book, null, 2)}\n`);
console.log(`wrote ${prices.length} prices to ${out}`);
