import { Type } from "@sinclair/typebox";
import { StringEnum } from "./string-enum.js";
import { Defaulted, Derived } from "./defaulted.js";
import {
  COMPUTE_CHOICES,
  ENGINES,
  LAMBDA_RUNTIMES,
  TIER_TYPES,
  TRAFFIC_PATTERNS,
} from "./enums.js";

/** AWS names built from it (RDS, ElastiCache, load balancers) reject two hyphens in a row. */
const TIER_NAME_PATTERN = "^(?!.*--)[a-z][a-z0-9-]{0,22}[a-z0-9]$|^[a-z]$";

export const ScalingSchema = Type.Object(
  {
    min: Type.Integer({
      minimum: 0,
      maximum: 10000,
      description: "Fewest running copies (tasks, instances or provisioned concurrency).",
      examples: [2],
    }),
    max: Type.Integer({
      minimum: 1,
      maximum: 10000,
      description: "Most running copies the tier may scale out to.",
      examples: [20],
    }),
  },
  {
    additionalProperties: false,
    description:
      "How far a compute tier scales. When absent, IDIO sizes it from expectedRps and the traffic pattern.",
  },
);

export const TierSchema = Type.Object(
  {
    name: Derived(
      Type.String({
        pattern: TIER_NAME_PATTERN,
        description:
          'Tier name: lowercase letters, digits and single hyphens, 1-24 characters. It becomes part of every resource id and AWS name of the tier. Defaults to the tier\'s type; when several unnamed tiers share a type they become "database", "database-2", "database-3"… in document order, skipping any name another tier has.',
        examples: ["web", "orders-api"],
      }),
    ),
    type: StringEnum(TIER_TYPES, {
      description:
        "What the tier is. web/api/worker/function run code; database/nosql/cache/storage/queue/stream hold data; static-site serves files from a CDN.",
      examples: ["api"],
    }),
    description: Type.Optional(
      Type.String({
        maxLength: 256,
        description: "What this tier does, for people reading the plan.",
      }),
    ),
    trafficPattern: Defaulted(
      StringEnum(TRAFFIC_PATTERNS, {
        description:
          "Shape of the load: steady (flat), seasonal (predictable peaks), spiky (sudden bursts), batch (periodic jobs). Drives service selection and autoscaling.",
        examples: ["seasonal"],
      }),
      "steady",
    ),
    expectedRps: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 10000000,
        description:
          "Requests (or messages) per second at a typical peak hour. Sizes compute, databases and the cost estimate.",
        examples: [250],
      }),
    ),
    scaling: Type.Optional(ScalingSchema),
    dataSizeGb: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 1000000,
        description:
          "Data the tier holds, in GiB (database and nosql storage, cache memory, bucket contents, stream retention volume).",
        examples: [500],
      }),
    ),
    engine: Type.Optional(
      StringEnum(ENGINES, {
        description:
          "Engine for data tiers: database postgres|mysql|aurora-postgresql|aurora-mysql, nosql dynamodb, cache redis|valkey, storage s3, queue sqs|sqs-fifo, stream kinesis. Defaults to the first of its type.",
        examples: ["postgres"],
      }),
    ),
    engineVersion: Type.Optional(
      Type.String({
        pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
        description: "Engine major or exact version. Defaults to a current supported version.",
        examples: ["16"],
      }),
    ),
    connectsTo: Defaulted(
      Type.Array(Type.String({ pattern: TIER_NAME_PATTERN }), {
        uniqueItems: true,
        maxItems: 100,
        description:
          "Tiers this tier calls or reads from. Network access, security groups and IAM permissions are derived from these edges and nothing else. When no tier of the intent has connectsTo, the obvious wiring is inferred (see the intent's connections); otherwise it defaults to [].",
        examples: [["api", "cache"]],
      }),
      [],
    ),
    public: Type.Optional(
      Type.Boolean({
        description:
          "Whether the tier is reachable from the internet. Only web, api and static-site tiers may be public; web and static-site default to true, api to true unless another tier connects to it.",
        examples: [false],
      }),
    ),
    edge: Type.Optional(
      StringEnum(["cloudfront", "none"], {
        description:
          "What public web/api tiers on a load balancer are served through. cloudfront: a CloudFront distribution in front of an internal load balancer reached through a VPC origin (caching, DDoS absorption and WAF at the edge; HTTPS on CloudFront's own name when the intent has no domain). none: an internet-facing load balancer. Defaults to cloudfront when HTTPS is required and the intent has no domain, else none.",
        examples: ["cloudfront"],
      }),
    ),
    compute: Defaulted(
      StringEnum(COMPUTE_CHOICES, {
        description:
          "Override the compute service for web/api/worker tiers. auto lets IDIO choose from the traffic pattern and load.",
        examples: ["auto"],
      }),
      "auto",
    ),
    runtime: Type.Optional(
      StringEnum(LAMBDA_RUNTIMES, {
        description: "Lambda runtime for function tiers and for web/api tiers that run on Lambda.",
        examples: ["nodejs22.x"],
      }),
    ),
    image: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 255,
        description:
          "Container image for tiers that run on ECS. Defaults to a Terraform variable the user sets at apply time.",
        examples: ["123456789012.dkr.ecr.us-east-1.amazonaws.com/shop-web:1.4.2"],
      }),
    ),
    command: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 1024 }), {
        minItems: 1,
        maxItems: 64,
        description:
          "What the tier runs. Containers (ECS, EC2): the command and its arguments, replacing the image's CMD, so two tiers can run two processes of one image (a web app and its worker). Lambda: exactly one element, the handler (e.g. app.handler, com.example.Handler::handleRequest).",
        examples: [["node", "worker.js"]],
      }),
    ),
    environment: Type.Optional(
      Type.Record(
        Type.String({ pattern: "^[A-Za-z_][A-Za-z0-9_]{0,127}$" }),
        Type.String({ maxLength: 4096, pattern: "^[^\\r\\n]*$" }),
        {
          // Without it a name that misses the pattern would pass unchecked.
          additionalProperties: false,
          maxProperties: 100,
          description:
            "Plain environment variables for the tier's code, one line each (not secrets: they appear in the plan and the emitted code). Names IDIO sets from connections (DB_HOST, QUEUE_URL, API_URL, ...; see docs/compiler.md) and names AWS reserves are rejected.",
          examples: [{ LOG_LEVEL: "info", FEATURE_FLAGS: "checkout-v2" }],
        },
      ),
    ),
    architecture: Type.Optional(
      StringEnum(["x86_64", "arm64"], {
        description:
          "CPU architecture the code is built for. Containers (ECS, EC2) default to x86_64, since an image's architecture is unknown and an x86-only image fails on arm64 with an exec format error; set arm64 (Graviton, about 20% cheaper) when the image has an arm64 build. Lambda defaults to arm64 for Node.js, Python and Java (the runtime is multi-architecture) and x86_64 for provided.al2023 (a compiled bootstrap).",
        examples: ["arm64"],
      }),
    ),
    spa: Type.Optional(
      Type.Boolean({
        description:
          "Static sites: serve the site as a single-page app, answering paths that have no file (403/404 from the bucket) with /index.html and status 200 so deep links reach the client-side router. Default false.",
        examples: [true],
      }),
    ),
    port: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 65535,
        description:
          "Port the application listens on inside its container (web/api). Default 8080.",
        examples: [8080],
      }),
    ),
    healthCheckPath: Type.Optional(
      Type.String({
        pattern: "^/",
        maxLength: 1024,
        description: "HTTP path the load balancer probes (web/api). Default /health.",
        examples: ["/healthz"],
      }),
    ),
    cpu: Type.Optional(
      Type.Number({
        minimum: 0.25,
        maximum: 16,
        description: "vCPUs per task or instance, overriding IDIO's sizing.",
        examples: [1],
      }),
    ),
    memoryMb: Type.Optional(
      Type.Integer({
        minimum: 128,
        maximum: 122880,
        description: "Memory per task, instance or function in MiB, overriding IDIO's sizing.",
        examples: [2048],
      }),
    ),
  },
  {
    additionalProperties: false,
    description: "One part of the application, such as a web front end, an API or a database.",
  },
);
