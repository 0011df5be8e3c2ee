/** The closed vocabularies of the intent document, each with what it means. */

export const ENVIRONMENTS = ["production", "staging", "development"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const AVAILABILITY_TARGETS = ["99.9", "99.95", "99.99", "99.999"] as const;
export type AvailabilityTarget = (typeof AVAILABILITY_TARGETS)[number];

export const TIER_TYPES = [
  "web",
  "api",
  "worker",
  "function",
  "database",
  "nosql",
  "cache",
  "storage",
  "queue",
  "stream",
  "static-site",
] as const;
export type TierType = (typeof TIER_TYPES)[number];

export const TRAFFIC_PATTERNS = ["steady", "seasonal", "spiky", "batch"] as const;
export type TrafficPattern = (typeof TRAFFIC_PATTERNS)[number];

export const COMPLIANCE_FRAMEWORKS = [
  "pci-dss",
  "hipaa",
  "soc2",
  "gdpr",
  "cis-aws",
  "nist-800-53",
] as const;
export type ComplianceFramework = (typeof COMPLIANCE_FRAMEWORKS)[number];

export const COMPUTE_CHOICES = ["auto", "fargate", "lambda", "ec2"] as const;
export type ComputeChoice = (typeof COMPUTE_CHOICES)[number];

export const LAMBDA_RUNTIMES = [
  "nodejs20.x",
  "nodejs22.x",
  "python3.12",
  "python3.13",
  "java21",
  "provided.al2023",
] as const;
export type LambdaRuntime = (typeof LAMBDA_RUNTIMES)[number];

/** Every engine, and the tier types it may serve; the first is the default. */
export const ENGINES_BY_TIER_TYPE = {
  web: [],
  api: [],
  worker: [],
  function: [],
  "static-site": [],
  database: ["postgres", "mysql", "aurora-postgresql", "aurora-mysql"],
  nosql: ["dynamodb"],
  cache: ["redis", "valkey"],
  storage: ["s3"],
  queue: ["sqs", "sqs-fifo"],
  stream: ["kinesis"],
} as const satisfies Record<TierType, readonly string[]>;

export const ENGINES = [
  ...new Set(Object.values(ENGINES_BY_TIER_TYPE).flat()),
] as readonly string[] as readonly Engine[];
export type Engine = (typeof ENGINES_BY_TIER_TYPE)[TierType][number];

/** Tier types that run application code and therefore scale in tasks or instances. */
export const COMPUTE_TIER_TYPES = [
  "web",
  "api",
  "worker",
  "function",
] as const satisfies readonly TierType[];

/** Tier types that may face the internet. */
export const PUBLIC_TIER_TYPES = [
  "web",
  "api",
  "static-site",
] as const satisfies readonly TierType[];
