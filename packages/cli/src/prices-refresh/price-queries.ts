/**
 * What `idio prices refresh` asks the Price List API for: one query per
 * price-book product, with the TERM_MATCH filters that narrow it and a
 * mapping from a returned product's attributes to the book's attributes
 * (undefined skips the product). Products not listed here (commitment rates,
 * CloudFront, Route 53, ...) keep their embedded pricing-page values.
 */
export interface PriceQuery {
  readonly product: string;
  readonly serviceCode: string;
  readonly filters: Readonly<Record<string, string>>;
  readonly unit: string;
  attributes(product: Readonly<Record<string, string>>): Record<string, string> | undefined;
}

const endsWith = (suffix: string) => (attributes: Readonly<Record<string, string>>) =>
  (attributes.usagetype ?? "").endsWith(suffix);

const RDS_ENGINES: Readonly<Record<string, string>> = {
  PostgreSQL: "postgres",
  MySQL: "mysql",
  "Aurora PostgreSQL": "aurora-postgresql",
  "Aurora MySQL": "aurora-mysql",
};

const CACHE_ENGINES: Readonly<Record<string, string>> = { Redis: "redis", Valkey: "valkey" };

export const PRICE_QUERIES: readonly PriceQuery[] = [
  ...(["X86_64", "ARM64"] as const).flatMap((architecture): PriceQuery[] => {
    const arm = architecture === "ARM64" ? "ARM-" : "";
    return [
      {
        product: "fargate-vcpu-hours",
        serviceCode: "AmazonECS",
        filters: {},
        unit: "vCPU-hour",
        attributes: (p) =>
          endsWith(`-Fargate-${arm}vCPU-Hours:perCPU`)(p)
            ? { cpuArchitecture: architecture }
            : undefined,
      },
      {
        product: "fargate-memory-gb-hours",
        serviceCode: "AmazonECS",
        filters: {},
        unit: "GB-hour",
        attributes: (p) =>
          endsWith(`-Fargate-${arm}GB-Hours`)(p) ? { cpuArchitecture: architecture } : undefined,
      },
    ];
  }),
  {
    product: "ec2-instance-hours",
    serviceCode: "AmazonEC2",
    filters: {
      operatingSystem: "Linux",
      tenancy: "Shared",
      preInstalledSw: "NA",
      capacitystatus: "Used",
      licenseModel: "No License required",
    },
    unit: "hour",
    attributes: (p) =>
      p.instanceType ? { instanceType: p.instanceType, operatingSystem: "Linux" } : undefined,
  },
  {
    product: "nat-gateway-hours",
    serviceCode: "AmazonEC2",
    filters: { productFamily: "NAT Gateway" },
    unit: "hour",
    attributes: (p) => (endsWith("NatGateway-Hours")(p) ? {} : undefined),
  },
  {
    product: "nat-gateway-data-gb",
    serviceCode: "AmazonEC2",
    filters: { productFamily: "NAT Gateway" },
    unit: "GB",
    attributes: (p) => (endsWith("NatGateway-Bytes")(p) ? {} : undefined),
  },
  {
    product: "public-ipv4-hours",
    serviceCode: "AmazonVPC",
    filters: {},
    unit: "IP-hour",
    attributes: (p) => (endsWith("PublicIPv4:InUseAddress")(p) ? {} : undefined),
  },
  {
    product: "alb-hours",
    serviceCode: "AWSELB",
    filters: { productFamily: "Load Balancer-Application" },
    unit: "hour",
    attributes: (p) => (endsWith("LoadBalancerUsage")(p) ? {} : undefined),
  },
  {
    product: "alb-lcu-hours",
    serviceCode: "AWSELB",
    filters: { productFamily: "Load Balancer-Application" },
    unit: "LCU-hour",
    attributes: (p) => (endsWith("LCUUsage")(p) ? {} : undefined),
  },
  {
    product: "rds-instance-hours",
    serviceCode: "AmazonRDS",
    filters: { productFamily: "Database Instance" },
    unit: "hour",
    attributes: (p) => {
      const engine = RDS_ENGINES[p.databaseEngine ?? ""];
      if (!engine || engine.startsWith("aurora") || !p.instanceType) return undefined;
      if (p.deploymentOption !== "Single-AZ" && p.deploymentOption !== "Multi-AZ") return undefined;
      return { engine, instanceClass: p.instanceType, deployment: p.deploymentOption };
    },
  },
  {
    product: "aurora-instance-hours",
    serviceCode: "AmazonRDS",
    filters: { productFamily: "Database Instance" },
    unit: "hour",
    attributes: (p) => {
      const engine = RDS_ENGINES[p.databaseEngine ?? ""];
      if (!engine?.startsWith("aurora") || !p.instanceType) return undefined;
      // Aurora Standard (not I/O-Optimized) instances.
      if ((p.usagetype ?? "").includes("IO-Optimized")) return undefined;
      return { engine, instanceClass: p.instanceType };
    },
  },
  {
    product: "rds-storage-gb-months",
    serviceCode: "AmazonRDS",
    filters: { productFamily: "Database Storage", volumeType: "General Purpose-GP3" },
    unit: "GB-month",
    attributes: (p) =>
      p.deploymentOption === "Single-AZ" || p.deploymentOption === "Multi-AZ"
        ? (p.databaseEngine ?? "Any") === "Any" || p.databaseEngine === "PostgreSQL"
          ? { storageType: "gp3", deployment: p.deploymentOption }
          : undefined
        : undefined,
  },
  {
    product: "elasticache-node-hours",
    serviceCode: "AmazonElastiCache",
    filters: { productFamily: "Cache Instance" },
    unit: "node-hour",
    attributes: (p) => {
      const engine = CACHE_ENGINES[p.cacheEngine ?? ""];
      return engine && p.instanceType ? { engine, nodeType: p.instanceType } : undefined;
    },
  },
  {
    product: "lambda-requests",
    serviceCode: "AWSLambda",
    filters: { group: "AWS-Lambda-Requests" },
    unit: "request",
    attributes: (p) =>
      endsWith("Request")(p) && !(p.usagetype ?? "").includes("ARM") ? {} : undefined,
  },
  ...(["x86_64", "arm64"] as const).map((architecture): PriceQuery => ({
    product: "lambda-duration-gb-seconds",
    serviceCode: "AWSLambda",
    filters: {
      group: architecture === "arm64" ? "AWS-Lambda-Duration-ARM" : "AWS-Lambda-Duration",
    },
    unit: "GB-second",
    attributes: (p) =>
      endsWith(architecture === "arm64" ? "Lambda-GB-Second-ARM" : "Lambda-GB-Second")(p)
        ? { architecture }
        : undefined,
  })),
  {
    product: "dynamodb-write-request-units",
    serviceCode: "AmazonDynamoDB",
    filters: { group: "DDB-WriteUnits" },
    unit: "write request unit",
    attributes: (p) =>
      endsWith("WriteRequestUnits")(p) && !(p.usagetype ?? "").includes("Repl") ? {} : undefined,
  },
  {
    product: "dynamodb-read-request-units",
    serviceCode: "AmazonDynamoDB",
    filters: { group: "DDB-ReadUnits" },
    unit: "read request unit",
    attributes: (p) => (endsWith("ReadRequestUnits")(p) ? {} : undefined),
  },
  {
    product: "sqs-requests",
    serviceCode: "AWSQueueService",
    filters: {},
    unit: "request",
    attributes: (p) =>
      p.queueType === "Standard"
        ? { queueType: "standard" }
        : (p.queueType ?? "").startsWith("FIFO")
          ? { queueType: "fifo" }
          : undefined,
  },
];
