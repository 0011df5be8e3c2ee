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
const ELASTICACHE_MAP =
  "https://github.com/yeo/ec2.shop/blob/73696e380ae600b175f859850a726edebd1de72f/data/elasticache/elasticache.json";
const RDS_POSTGRES_MAP = (deployment: "single-az" | "multi-az") =>
  `https://github.com/yeo/ec2.shop/blob/951cd0d425fd69949e3cec7db7e8238102e2a6f6/data/rds/eu-west-1-rds-postgresql-reservedinstance-${deployment}-1y.json`;

const dynamodbOffer = (rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: DYNAMODB_OFFER_EU_WEST_1,
  copyOf: "AWS Price List offer file AmazonDynamoDB 20260911124422 (eu-west-1), extract",
  publicationDate: "2026-09-11",
  rateCode,
  retrieved: RETRIEVED,
  corroboratedBy: DYNAMODB_MAP,
});

const dynamodbMap = (rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: DYNAMODB_MAP,
  copyOf: "DynamoDB pricing page metered unit map (dynamodb.json), region EU (Ireland)",
  publicationDate: "2025-08-28",
  rateCode,
  retrieved: RETRIEVED,
});

const kinesisMap = (rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: KINESIS_MAP,
  copyOf: "Kinesis Data Streams pricing page metered unit map (kinesis.json), region EU (Ireland)",
  publicationDate: "2025-11-03",
  rateCode,
  retrieved: RETRIEVED,
});

const elasticacheMap = (rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: ELASTICACHE_MAP,
  copyOf: "ElastiCache pricing page metered unit map (elasticache.json), region EU (Ireland)",
  publicationDate: "2025-03-14",
  rateCode,
  retrieved: RETRIEVED,
});

const rdsPostgresMap = (deployment: "single-az" | "multi-az", rateCode: string): PriceSource => ({
  kind: "aws-price-data-copy",
  url: RDS_POSTGRES_MAP(deployment),
  copyOf:
    "RDS for PostgreSQL pricing page metered unit map (rds-postgresql-reservedinstance, 1 year No Upfront, EU (Ireland)), its OnDemand:PricePerUnit",
  publicationDate: "2025-04-04",
  rateCode,
  retrieved: RETRIEVED,
});

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
    source: dynamodbMap("Y8RETJA3NHS97536.JRTCKXETXF.6YS6EN2CT7"),
  },
  // Kinesis Data Streams, provisioned and on-demand.
  {
    product: "kinesis-shard-hours",
    region: EU,
    attributes: {},
    unit: "shard-hour",
    usd: "0.017",
    source: kinesisMap("C8T9ZXPQRX6FS23J.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-put-payload-units",
    region: EU,
    attributes: {},
    unit: "PUT payload unit",
    usd: "0.0000000165",
    source: kinesisMap("XE5NBZYRTSWZZ8J7.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-stream-hours",
    region: EU,
    attributes: {},
    unit: "stream-hour",
    usd: "0.045",
    source: kinesisMap("A5KDB4JKH32JPEYZ.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-ingest-gb",
    region: EU,
    attributes: {},
    unit: "GB",
    usd: "0.091",
    source: kinesisMap("NEXCBHZTKJZ5AZA4.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "kinesis-ondemand-retrieval-gb",
    region: EU,
    attributes: {},
    unit: "GB",
    usd: "0.045",
    source: kinesisMap("4UPDE9UKTHACXPUJ.JRTCKXETXF.6YS6EN2CT7"),
  },
  // ElastiCache node classes the examples use beyond the t4g ones already priced.
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "valkey", nodeType: "cache.r7g.large" },
    unit: "node-hour",
    usd: "0.1944",
    source: elasticacheMap("P9SVF4HW3JDU3RK3.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "valkey", nodeType: "cache.m7g.large" },
    unit: "node-hour",
    usd: "0.1392",
    source: elasticacheMap("NZHFTKRE3T7BJ98K.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "valkey", nodeType: "cache.r7g.2xlarge" },
    unit: "node-hour",
    usd: "0.7792",
    source: elasticacheMap("3H9V6MXZCWFX8JY7.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "elasticache-node-hours",
    region: EU,
    attributes: { engine: "redis", nodeType: "cache.r7g.xlarge" },
    unit: "node-hour",
    usd: "0.487",
    source: elasticacheMap("ZHETGE2TAKE43NEM.JRTCKXETXF.6YS6EN2CT7"),
  },
  // RDS for PostgreSQL classes the examples use beyond the t4g ones already priced.
  {
    product: "rds-instance-hours",
    region: EU,
    attributes: { engine: "postgres", instanceClass: "db.m7g.large", deployment: "Multi-AZ" },
    unit: "hour",
    usd: "0.372",
    source: rdsPostgresMap("multi-az", "7RN388HSD7WZHDRX.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "rds-instance-hours",
    region: EU,
    attributes: { engine: "postgres", instanceClass: "db.r7g.xlarge", deployment: "Multi-AZ" },
    unit: "hour",
    usd: "1.071",
    source: rdsPostgresMap("multi-az", "TD4KXC2G7V3BYPG9.JRTCKXETXF.6YS6EN2CT7"),
  },
  {
    product: "rds-instance-hours",
    region: EU,
    attributes: { engine: "postgres", instanceClass: "db.r7g.xlarge", deployment: "Single-AZ" },
    unit: "hour",
    usd: "0.536",
    source: rdsPostgresMap("single-az", "32EFMTZ66VHQQW7E.JRTCKXETXF.6YS6EN2CT7"),
  },
];
