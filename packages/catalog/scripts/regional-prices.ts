/**
 * Prices added on 2026-11-29 for the regions IDIO accepts beyond the first
 * five and for the products still missing in the first five (issue 14).
 * The AWS pricing pages fill regional prices in with JavaScript, so each row
 * names the public copy of AWS's own price data it was read from (a Price
 * List offer-file extract, or the metered unit map the pricing page renders)
 * with the AWS publication date; `merge-prices.ts` merges them into the price
 * book. A product whose price could not be confirmed is left out here, and
 * the merge marks it unpriced in that region.
 */
import type { PriceEntry, PriceSource } from "../src/pricing/price-book-types.js";

export const RETRIEVED = "2026-11-29";

// The copies, pinned to the commit they were read at.
const DYNAMODB_OFFER_EU_WEST_1 =
  "https://github.com/henderjm/world-cup-sweepstake/blob/57a6d34883744a028d2b1555e70a692265a47f49/docs/costs/aws-ireland-rates.json";
const DYNAMODB_MAP =
  "https://github.com/lamngockhuong/aws-price/blob/6e8bf8cec091840a2781d036646486419c057616/lib/data/pricing/dynamodb.json";
const KINESIS_MAP =
  "https://github.com/lamngockhuong/aws-price/blob/115fdc61c7093bb5f36554ed99888860e14b0700/lib/data/pricing/kinesis.json";
const APIGATEWAY_MAP =
  "https://github.com/lamngockhuong/aws-price/blob/115fdc61c7093bb5f36554ed99888860e14b0700/lib/data/pricing/apigateway.json";
const ELASTICACHE_MAP =
  "https://github.com/yeo/ec2.shop/blob/73696e380ae600b175f859850a726edebd1de72f/data/elasticache/elasticache.json";
const RDS_MAP = (region: string, engine: RdsEngine, deployment: "single-az" | "multi-az") =>
  `https://github.com/yeo/ec2.shop/blob/951cd0d425fd69949e3cec7db7e8238102e2a6f6/data/rds/${region}-rds-${engine}-reservedinstance-${deployment}-1y.json`;

type RdsEngine = "postgresql" | "mysql";

/** The AWS location names the copies key their regions by. */
const LOCATION: Readonly<Record<string, string>> = {
  "us-east-1": "US East (N. Virginia)",
  "us-east-2": "US East (Ohio)",
  "us-west-2": "US West (Oregon)",
  "eu-west-1": "EU (Ireland)",
  "eu-central-1": "EU (Frankfurt)",
};

const locationOf = (region: string): string => {
  const location = LOCATION[region];
  if (!location) throw new Error(`no AWS location name for ${region}`);
  return location;
};

export const dynamodbOffer = (rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: DYNAMODB_OFFER_EU_WEST_1,
  copyOf: "AWS Price List offer file AmazonDynamoDB 20260911124422 (eu-west-1), extract",
  publicationDate: "2026-09-11",
  rateCode,
  retrieved: RETRIEVED,
  corroboratedBy: DYNAMODB_MAP,
});

export const dynamodbMap = (region: string, rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: DYNAMODB_MAP,
  copyOf: `DynamoDB pricing page metered unit map (dynamodb.json), region ${locationOf(region)}`,
  publicationDate: "2025-08-28",
  rateCode,
  retrieved: RETRIEVED,
});

const kinesisMap = (region: string, rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: KINESIS_MAP,
  copyOf: `Kinesis Data Streams pricing page metered unit map (kinesis.json), region ${locationOf(region)}`,
  publicationDate: "2025-11-03",
  rateCode,
  retrieved: RETRIEVED,
});

const apigatewayMap = (region: string, rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: APIGATEWAY_MAP,
  copyOf: `API Gateway pricing page metered unit map (apigateway.json), region ${locationOf(region)}, HTTP API first 300 million`,
  publicationDate: "2025-10-20",
  rateCode,
  retrieved: RETRIEVED,
});

export const elasticacheMap = (region: string, rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: ELASTICACHE_MAP,
  copyOf: `ElastiCache pricing page metered unit map (elasticache.json), region ${locationOf(region)}`,
  publicationDate: "2025-03-14",
  rateCode,
  retrieved: RETRIEVED,
});

/** The RDS Reserved Instance map also carries each class's on-demand price and rate code. */
export const rdsMap = (
  region: string,
  engine: "postgres" | "mysql",
  deployment: "Single-AZ" | "Multi-AZ",
  rateCode: string,
): PriceSource => {
  const file: RdsEngine = engine === "postgres" ? "postgresql" : "mysql";
  const name = engine === "postgres" ? "PostgreSQL" : "MySQL";
  return {
    kind: "aws-price-data-copy",
    url: RDS_MAP(region, file, deployment === "Single-AZ" ? "single-az" : "multi-az"),
    copyOf: `RDS for ${name} pricing page metered unit map (rds-${file}-reservedinstance, 1 year No Upfront, ${locationOf(region)}), its OnDemand:PricePerUnit`,
    publicationDate: "2025-04-04",
    rateCode,
    retrieved: RETRIEVED,
  };
};

const EU = "eu-west-1";

export const REGIONAL_PRICES: PriceEntry[] = [
  // DynamoDB on-demand, after the November 2024 cut (both copies are later).
  {
    product: "dynamodb-read-request-units",
    region: EU,
    attributes: {},
    unit: "read request unit",
    usd: "0.0000001415",
    source: dynamodbOffer("3ERQSZWPAMX2JWHN"),
  },
  {
    product: "dynamodb-write-request-units",
    region: EU,
    attributes: {},
    unit: "write request unit",
    usd: "0.000000705",
    source: dynamodbOffer("F4EZE5SAMS3D49NJ"),
  },
  {
    product: "dynamodb-replicated-write-request-units",
    region: EU,
    attributes: {},
    unit: "replicated write request unit",
    usd: "0.000000705",
    source: dynamodbMap(EU, "Y8RETJA3NHS97536.JRTCKXETXF.6YS6EN2CT7"),
  },
  // Kinesis Data Streams, provisioned and on-demand.
  {
    product: "kinesis-shard-hours",
    region: EU,
    attributes: {},
    unit: "shard-hour",
    usd: "0.017",
    source: kinesisMap(EU, "C8T9ZXPQRX6FS23J.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-put-payload-units",
    region: EU,
    attributes: {},
    unit: "PUT payload unit",
    usd: "0.0000000165",
    source: kinesisMap(EU, "XE5NBZYRTSWZZ8J7.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-stream-hours",
    region: EU,
    attributes: {},
    unit: "stream-hour",
    usd: "0.045",
    source: kinesisMap(EU, "A5KDB4JKH32JPEYZ.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-ingest-gb",
    region: EU,
    attributes: {},
    unit: "GB",
    usd: "0.091",
    source: kinesisMap(EU, "NEXCBHZTKJZ5AZA4.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-retrieval-gb",
    region: EU,
    attributes: {},
    unit: "GB",
    usd: "0.045",
    source: kinesisMap(EU, "4UPDE9UKTHACXPUJ.JRTCKXETXF.6YS6EN2CT7"),
  },
  // ElastiCache node classes the examples use beyond the t4g ones already priced.
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "valkey", nodeType: "cache.r7g.large" },
    unit: "node-hour",
    usd: "0.1944",
    source: elasticacheMap(EU, "P9SVF4HW3JDU3RK3.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "valkey", nodeType: "cache.m7g.large" },
    unit: "node-hour",
    usd: "0.1392",
    source: elasticacheMap(EU, "NZHFTKRE3T7BJ98K.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "valkey", nodeType: "cache.r7g.2xlarge" },
    unit: "node-hour",
    usd: "0.7792",
    source: elasticacheMap(EU, "3H9V6MXZCWFX8JY7.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "redis", nodeType: "cache.r7g.xlarge" },
    unit: "node-hour",
    usd: "0.487",
    source: elasticacheMap(EU, "ZHETGE2TAKE43NEM.JRTCKXETXF.6YS6EN2CT7"),
  },
  // RDS for PostgreSQL classes the examples use beyond the t4g ones already priced.
  {
    product: "rds-instance-hours",
    region: EU,
    attributes: { engine: "postgres", instanceClass: "db.m7g.large", deployment: "Multi-AZ" },
    unit: "hour",
    usd: "0.372",
    source: rdsMap(EU, "postgres", "Multi-AZ", "7RN388HSD7WZHDRX.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "rds-instance-hours",
    region: EU,
    attributes: { engine: "postgres", instanceClass: "db.r7g.xlarge", deployment: "Multi-AZ" },
    unit: "hour",
    usd: "1.071",
    source: rdsMap(EU, "postgres", "Multi-AZ", "TD4KXC2G7V3BYPG9.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "rds-instance-hours",
    region: EU,
    attributes: { engine: "postgres", instanceClass: "db.r7g.xlarge", deployment: "Single-AZ" },
    unit: "hour",
    usd: "0.536",
    source: rdsMap(EU, "postgres", "Single-AZ", "32EFMTZ66VHQQW7E.JRTCKXETXF.6YS6EN2CT7"),
  },
];

const DE = "eu-central-1";

export const nodeHours = (
  region: string,
  engine: "redis" | "valkey",
  nodeType: string,
  usd: string,
  rateCode: string,
): PriceEntry => ({
  product: "elasticache-node-hours",
  region,
  attributes: { engine, nodeType },
  unit: "node-hour",
  usd,
  source: elasticacheMap(region, rateCode),
});

export const instanceHours = (
  region: string,
  engine: "postgres" | "mysql",
  instanceClass: string,
  deployment: "Single-AZ" | "Multi-AZ",
  usd: string,
  rateCode: string,
): PriceEntry => ({
  product: "rds-instance-hours",
  region,
  attributes: { engine, instanceClass, deployment },
  unit: "hour",
  usd,
  source: rdsMap(region, engine, deployment, rateCode),
});

/**
 * Europe (Frankfurt): the classes eu-west-1 has, and the HTTP API requests,
 * DynamoDB replicated writes and Kinesis prices it lacked, from the same copies.
 */
export const FRANKFURT_PRICES: PriceEntry[] = [
  {
    product: "apigw-http-requests",
    region: DE,
    attributes: {},
    unit: "request",
    usd: "0.0000012",
    source: apigatewayMap(DE, "T5HBB5E3DWVQPUNF.JRTCKXETXF.9NXBCPDZYR"),
  },
  {
    product: "dynamodb-replicated-write-request-units",
    region: DE,
    attributes: {},
    unit: "replicated write request unit",
    usd: "0.0000007625",
    source: dynamodbMap(DE, "TUQPK74VVYHMJD6T.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-shard-hours",
    region: DE,
    attributes: {},
    unit: "shard-hour",
    usd: "0.018",
    source: kinesisMap(DE, "XKZAKKF82BQA9AFM.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-put-payload-units",
    region: DE,
    attributes: {},
    unit: "PUT payload unit",
    usd: "0.0000000175",
    source: kinesisMap(DE, "3UR7JSUYYMV3CMXZ.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-stream-hours",
    region: DE,
    attributes: {},
    unit: "stream-hour",
    usd: "0.048",
    source: kinesisMap(DE, "QP2HRCUTXXYV4SSM.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-ingest-gb",
    region: DE,
    attributes: {},
    unit: "GB",
    usd: "0.096",
    source: kinesisMap(DE, "GJGWNQ5CKBJS2XDD.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-retrieval-gb",
    region: DE,
    attributes: {},
    unit: "GB",
    usd: "0.048",
    source: kinesisMap(DE, "8B8QW9CMA4EW8BTH.JRTCKXETXF.6YS6EN2CT7"),
  },
  nodeHours(DE, "redis", "cache.r7g.xlarge", "0.525", "VGAZJBSDZG3G76JK.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "redis", "cache.t4g.medium", "0.072", "BBKFGCMGK8UW94AT.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "redis", "cache.t4g.micro", "0.018", "HSZWURMZTX87RN43.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "redis", "cache.t4g.small", "0.036", "MRUNQ3RP27WEXN3K.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "valkey", "cache.m7g.large", "0.1504", "S4442XM2BKXJZ84D.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "valkey", "cache.r7g.2xlarge", "0.84", "SXJBS46GE2PKVCRP.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "valkey", "cache.r7g.large", "0.2104", "P6BKHZEUA2UM3WME.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "valkey", "cache.t4g.medium", "0.0576", "4SWMYAT8TXMW26M3.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "valkey", "cache.t4g.micro", "0.0144", "ZRW69C7J74MSWEHJ.JRTCKXETXF.6YS6EN2CT7"),
  nodeHours(DE, "valkey", "cache.t4g.small", "0.0288", "RNDDQGEZRY64KMV6.JRTCKXETXF.6YS6EN2CT7"),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.large",
    "Multi-AZ",
    "0.298",
    "9KYJC7MMHRDPE49K.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.large",
    "Single-AZ",
    "0.149",
    "S3VRZ2TEU7RY7U4J.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.medium",
    "Multi-AZ",
    "0.149",
    "VY3434SM6PRCZR2Y.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.medium",
    "Single-AZ",
    "0.074",
    "E3QMZU9H86Y2M83W.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.micro",
    "Multi-AZ",
    "0.037",
    "NMR9BXABEMYQKQW3.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.micro",
    "Single-AZ",
    "0.019",
    "CE9MBCKBMXURJPSD.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.small",
    "Multi-AZ",
    "0.074",
    "ASEEAMTJN635C8DT.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "mysql",
    "db.t4g.small",
    "Single-AZ",
    "0.037",
    "KEJKAFG5KEM9STA6.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.m7g.large",
    "Multi-AZ",
    "0.401",
    "WDZ4W3K2XFQ7RXHB.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.r7g.xlarge",
    "Multi-AZ",
    "1.165",
    "7SMHHYERYZKYPQE3.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.r7g.xlarge",
    "Single-AZ",
    "0.582",
    "P3GSGYM96AMEVGCQ.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.large",
    "Multi-AZ",
    "0.298",
    "J5R5KXKNFWVBFB7A.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.large",
    "Single-AZ",
    "0.149",
    "EPWH44R9GVCZFQ2U.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.medium",
    "Multi-AZ",
    "0.149",
    "SQR58ADNESHHQW36.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.medium",
    "Single-AZ",
    "0.074",
    "596K8TRZR9XJEFZH.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.micro",
    "Multi-AZ",
    "0.037",
    "6NCF44T6CKVRT8R8.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.micro",
    "Single-AZ",
    "0.019",
    "Q2VA4XH2YFYXPGX4.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.small",
    "Multi-AZ",
    "0.074",
    "FUFQ92X3CPTNDE4G.JRTCKXETXF.6YS6EN2CT7",
  ),
  instanceHours(
    DE,
    "postgres",
    "db.t4g.small",
    "Single-AZ",
    "0.037",
    "NGGDEX2H83AGNVX3.JRTCKXETXF.6YS6EN2CT7",
  ),
];
