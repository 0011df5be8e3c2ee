import { AWS_LIMITS } from "@idio-iac/core";
import { Type, type Static } from "@sinclair/typebox";
import { StringEnum } from "./string-enum.js";
import { Defaulted, ResolvesTo, type Resolved } from "./defaulted.js";
import { AVAILABILITY_TARGETS, COMPLIANCE_FRAMEWORKS, ENVIRONMENTS } from "./enums.js";
import {
  DEFAULT_NETWORK_ISOLATION,
  NETWORK_ISOLATION_LEVELS,
  type NetworkIsolationInput,
  type NetworkIsolationLevel,
} from "./network-isolation.js";
import { REGION_NAMES } from "./regions.js";
import { QuotasSchema } from "./quotas-schema.js";
import { RegionsSchema, RoutingSchema } from "./routing-schema.js";
import { TierSchema } from "./tier-schema.js";

export const INTENT_API_VERSION = "idio.dev/v1";
export const INTENT_SCHEMA_ID = "https://idio.dev/schemas/intent/v1.json";

const Region = (description: string) =>
  StringEnum(REGION_NAMES, { description, examples: ["us-east-1"] });

/**
 * Where the domain's DNS zone lives. One string rather than a union of
 * shapes, so a wrong value gets one located diagnostic. An existing zone is
 * taken by id only (no lookup), so an offline plan keeps working.
 */
const DnsSchema = Type.Object(
  {
    zone: Type.String({
      // Route 53 zone ids are "Z" followed by upper-case letters and digits.
      pattern: "^(create|external|Z[A-Z0-9]{1,31})$",
      description:
        'Where the domain\'s zone lives: "create" (the default: IDIO creates a public Route 53 hosted zone; delegate the domain to the name servers it outputs), "external" (DNS hosted elsewhere: add the validation CNAME and records IDIO lists), or the id of an existing public Route 53 hosted zone (Z…).',
      examples: ["create", "external", "Z0123456789ABCDEFGHIJ"],
    }),
  },
  {
    additionalProperties: false,
    description: "DNS for `domain`. Ignored without a domain.",
  },
);

const CostSchema = Type.Object(
  {
    monthlyBudgetUsd: Type.Number({
      // A cent: AWS Budgets' smallest amount, and the percent of budget stays finite.
      minimum: 0.01,
      maximum: 100000000,
      description:
        "Monthly budget in US dollars. The estimate is checked against it and an AWS Budgets budget is created.",
      examples: [10000],
    }),
    alertThreshold: Defaulted(
      Type.Integer({
        minimum: 1,
        maximum: 100,
        description:
          "Percent of the budget at which the budget alert fires and the verdict becomes 'over alert threshold'.",
        examples: [90],
      }),
      80,
    ),
    alertEmails: Defaulted(
      Type.Array(Type.String({ format: "email" }), {
        uniqueItems: true,
        maxItems: 10,
        description: "Who receives budget and alarm notifications.",
        examples: [["platform-team@example.com"]],
      }),
      [],
    ),
  },
  { additionalProperties: false, description: "Budget and cost alerting." },
);

const SecuritySchema = Type.Object(
  {
    encryptionAtRest: Defaulted(
      Type.Boolean({
        description: "Encrypt every data store with a customer-managed KMS key.",
        examples: [true],
      }),
      true,
    ),
    encryptionInTransit: Defaulted(
      Type.Boolean({
        description: "Require TLS on every listener and data connection.",
        examples: [true],
      }),
      true,
    ),
    networkIsolation: ResolvesTo<NetworkIsolationLevel>()(
      Defaulted(
        // One enum mixing the levels and the boolean aliases: a wrong value gets one
        // diagnostic listing every accepted value, not an anyOf of two errors.
        Type.Unsafe<NetworkIsolationInput>({
          enum: [...NETWORK_ISOLATION_LEVELS, true, false],
          description:
            'How far the network keeps data from the internet. "none": data tiers in private subnets that reach the internet through NAT. "vpc" (the default): data tiers in isolated subnets with no route to the internet. "vpc-isolated": the strongest isolation IDIO builds (today the same as "vpc"). true means "vpc" and false means "none".',
          examples: ["vpc-isolated"],
        }),
        DEFAULT_NETWORK_ISOLATION,
      ),
    ),
    wafEnabled: Defaulted(
      Type.Boolean({
        description:
          "Put AWS WAF (managed rule groups and a rate limit) in front of public entry points.",
        examples: [true],
      }),
      false,
    ),
    shieldAdvanced: Defaulted(
      Type.Boolean({
        description:
          "Protect internet-facing load balancers, CloudFront distributions and Route 53 zones with AWS Shield Advanced. Needs the account's Shield Advanced subscription, which IDIO does not create: US$3,000 a month with a one-year commitment, for the whole account.",
        examples: [true],
      }),
      false,
    ),
  },
  {
    additionalProperties: false,
    description: "Security posture. Compliance frameworks can only tighten it.",
  },
);

const DisasterRecoverySchema = Type.Object(
  {
    rtoMinutes: Defaulted(
      Type.Integer({
        minimum: 1,
        maximum: 10080,
        description:
          "Recovery time objective: how long the application may be down after a disaster.",
        examples: [15],
      }),
      240,
    ),
    rpoMinutes: Defaulted(
      Type.Integer({
        minimum: 0,
        maximum: 10080,
        description: "Recovery point objective: how much recent data, in minutes, may be lost.",
        examples: [5],
      }),
      1440,
    ),
    crossRegionReplication: Defaulted(
      Type.Boolean({
        description:
          "Copy backups and replicate data to drRegion (with `regions`: to the first of them).",
        examples: [true],
      }),
      false,
    ),
    backupRetentionDays: Defaulted(
      Type.Integer({
        minimum: 1,
        maximum: 36500,
        description: "How long backups are kept. Compliance frameworks may require more.",
        examples: [30],
      }),
      7,
    ),
    drRegion: Type.Optional(
      Region(
        "Region for backup copies, replicas and standby capacity. Defaults to the nearest region in the same geography when replication or 99.999 availability needs one.",
      ),
    ),
  },
  { additionalProperties: false, description: "Recovery targets." },
);

const WaiverSchema = Type.Object(
  {
    rule: Type.String({
      pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$",
      description: "The policy rule id to waive.",
      examples: ["IDIO-S3-004"],
    }),
    resource: Type.Optional(
      Type.String({
        minLength: 1,
        description: "Resource id the waiver is limited to; all resources when absent.",
        examples: ["assets.bucket"],
      }),
    ),
    reason: Type.String({
      minLength: 10,
      maxLength: 1000,
      description: "Why the finding is accepted. Shown in every report that the waiver silences.",
      examples: ["Public marketing assets; reviewed by security on 2026-10-01 (SEC-1234)."],
    }),
    expires: Type.Optional(
      Type.String({
        format: "date",
        description:
          "Date (YYYY-MM-DD) after which the waiver stops applying and is reported as expired.",
        examples: ["2027-03-31"],
      }),
    ),
  },
  { additionalProperties: false, description: "An accepted policy finding." },
);

const TagsSchema = Type.Record(Type.String(), Type.String(), {
  description:
    "Tags applied to every resource (AWS limits: key up to 128 characters, value up to 256).",
  examples: [{ owner: "platform-team", "cost-center": "cc-1234" }],
});

const TerraformBackendSchema = Type.Object(
  {
    type: Defaulted(
      StringEnum(["local", "s3"] as const, {
        description:
          "local keeps state next to the code; s3 stores it in a bucket with DynamoDB locking.",
        examples: ["s3"],
      }),
      "local",
    ),
    bucket: Type.Optional(
      Type.String({
        minLength: AWS_LIMITS.s3.minBucketNameLength,
        maxLength: AWS_LIMITS.s3.maxBucketNameLength,
        description: "State bucket (s3).",
        examples: ["acme-terraform-state"],
      }),
    ),
    key: Type.Optional(
      Type.String({
        minLength: 1,
        description: "State object key (s3).",
        examples: ["shop/terraform.tfstate"],
      }),
    ),
    region: Type.Optional(
      Region("Region of the state bucket (s3). Defaults to the intent's region."),
    ),
    dynamodbTable: Type.Optional(
      Type.String({
        minLength: AWS_LIMITS.dynamoDb.minTableNameLength,
        maxLength: AWS_LIMITS.dynamoDb.maxTableNameLength,
        description: "Lock table (s3).",
        examples: ["terraform-locks"],
      }),
    ),
  },
  { additionalProperties: false, description: "Where Terraform keeps its state." },
);

const UsageSchema = Type.Object(
  {
    dataTransferOutGbPerMonth: Type.Optional(
      Type.Number({
        minimum: 0,
        // 10 PB a month: beyond any single application's egress, and small enough that
        // every later product (GB × price × 1e6 micro-dollars) stays an exact integer.
        maximum: 10000000,
        description:
          "Data served to the internet per month, in GB (at most 10,000,000). Estimated from request rates when absent.",
        examples: [2000],
      }),
    ),
    logIngestionGbPerMonth: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 10000000,
        description:
          "CloudWatch Logs ingested per month, in GB (at most 10,000,000). Estimated from request rates when absent.",
        examples: [50],
      }),
    ),
  },
  {
    additionalProperties: false,
    description: "Usage assumptions for the cost estimate that IDIO cannot derive.",
  },
);

export const IntentSchema = Type.Object(
  {
    apiVersion: Defaulted(
      Type.Literal(INTENT_API_VERSION, {
        description: `Version of the intent format. Always ${INTENT_API_VERSION}, the default when absent.`,
      }),
      INTENT_API_VERSION,
    ),
    name: Type.String({
      pattern: "^(?!.*--)[a-z][a-z0-9-]{1,30}[a-z0-9]$",
      description:
        "Application name: lowercase letters, digits and single hyphens, 3-32 characters. Prefixes every AWS resource name.",
      examples: ["shop"],
    }),
    description: Type.Optional(
      Type.String({ maxLength: 1024, description: "What the application is." }),
    ),
    environment: StringEnum(ENVIRONMENTS, {
      description:
        "Deployment stage. Production gets Multi-AZ data, one NAT gateway per AZ and deletion protection.",
      examples: ["production"],
    }),
    region: Defaulted(Region("Primary AWS region."), "us-east-1"),
    availability: Defaulted(
      StringEnum(AVAILABILITY_TARGETS, {
        description:
          'Availability target in percent, as a string ("99.9" two AZs; "99.95" Multi-AZ data; "99.99" three AZs and replicas; "99.999" a warm standby in drRegion).',
        examples: ["99.99"],
      }),
      "99.9",
    ),
    regions: Type.Optional(RegionsSchema),
    routing: Type.Optional(RoutingSchema),
    domain: Type.Optional(
      Type.String({
        format: "hostname",
        description:
          "Public DNS name. When given, an ACM certificate is requested for it and HTTPS listeners use it.",
        examples: ["shop.example.com"],
      }),
    ),
    dns: Type.Optional(DnsSchema),
    tiers: Type.Array(TierSchema, {
      minItems: 1,
      maxItems: 2000,
      description: "The parts of the application.",
    }),
    connections: Type.Optional(
      StringEnum(["inferred", "explicit"] as const, {
        description:
          "Where the tiers' connectsTo edges come from. When no tier has a connectsTo key, IDIO infers the obvious wiring (web -> api, api -> data tiers, queues and streams, workers and functions -> queues, streams and data tiers; see docs/compiler.md, Inference) and sets inferred, reported as warning IDIO424. Write explicit to turn inference off without writing any connectsTo; one connectsTo on any tier, even [], turns it off too.",
        examples: ["explicit"],
      }),
    ),
    cost: Type.Optional(CostSchema),
    compliance: Defaulted(
      Type.Array(StringEnum(COMPLIANCE_FRAMEWORKS), {
        uniqueItems: true,
        description:
          "Frameworks the application must meet; each adds policy rules and tightens defaults.",
        examples: [["pci-dss", "soc2"]],
      }),
      [],
    ),
    security: Defaulted(SecuritySchema, {}),
    disasterRecovery: Defaulted(DisasterRecoverySchema, {}),
    tags: Defaulted(TagsSchema, {}),
    policy: Defaulted(
      Type.Object(
        {
          waivers: Defaulted(
            Type.Array(WaiverSchema, {
              maxItems: 500,
              description: "Accepted findings, each with a reason.",
            }),
            [],
          ),
          quotas: Type.Optional(QuotasSchema),
        },
        { additionalProperties: false, description: "Policy settings." },
      ),
      {},
    ),
    usage: Type.Optional(UsageSchema),
    terraform: Type.Optional(
      Type.Object(
        { backend: Type.Optional(TerraformBackendSchema) },
        { additionalProperties: false, description: "Terraform output settings." },
      ),
    ),
  },
  {
    $id: INTENT_SCHEMA_ID,
    title: "IDIO intent",
    description: "What an application needs; IDIO decides how to build it on AWS.",
    additionalProperties: false,
  },
);

/** The intent as written by a user (defaults not yet applied). */
export type IntentInput = Static<typeof IntentSchema>;
/** The intent after validation: every defaulted field is present. */
export type Intent = Resolved<typeof IntentSchema>;
export type Tier = Intent["tiers"][number];
export type Waiver = Intent["policy"]["waivers"][number];
