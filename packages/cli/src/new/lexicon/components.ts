import { phraseTable, parseNumber, type Recogniser } from "./recogniser.js";

/**
 * Parts of an application a sentence can ask for: engines (Postgres, MySQL,
 * Aurora, DynamoDB, Redis, Valkey, S3, SQS, Kinesis), workers and queues,
 * static assets on a CDN; and how it runs: traffic shape, peak requests per
 * second, instance counts, compute service, data size.
 */
export const COMPONENT_RECOGNISERS: readonly Recogniser[] = [
  ...phraseTable("component", [
    [
      ["postgres", "postgresql", "postgre sql"],
      { kind: "component", component: "database", engine: "postgres" },
    ],
    [["mysql", "my sql"], { kind: "component", component: "database", engine: "mysql" }],
    [
      ["aurora", "aurora postgres", "aurora postgresql", "aurora serverless"],
      { kind: "component", component: "database", engine: "aurora-postgresql" },
    ],
    [["aurora mysql"], { kind: "component", component: "database", engine: "aurora-mysql" }],
    [
      ["database", "databases", "db", "relational database", "sql database", "rds"],
      { kind: "component", component: "database" },
    ],
    [
      ["dynamodb", "dynamo", "dynamo db", "nosql", "no-sql", "key-value store", "document store"],
      { kind: "component", component: "nosql", engine: "dynamodb" },
    ],
    [["redis"], { kind: "component", component: "cache", engine: "redis" }],
    [["valkey"], { kind: "component", component: "cache", engine: "valkey" }],
    [
      ["cache", "caching", "cache layer", "session store", "elasticache"],
      { kind: "component", component: "cache" },
    ],
    [
      ["s3", "object storage", "file storage", "file uploads", "uploads", "blob storage", "bucket"],
      { kind: "component", component: "storage", engine: "s3" },
    ],
    [
      ["fifo queue", "ordered queue"],
      { kind: "component", component: "queue", engine: "sqs-fifo" },
    ],
    [
      ["queue", "queues", "sqs", "job queue", "task queue", "message queue", "work queue"],
      { kind: "component", component: "queue", engine: "sqs" },
    ],
    [
      [
        "worker",
        "workers",
        "background worker",
        "background workers",
        "background jobs",
        "background job",
        "job workers",
        "async jobs",
        "job processing",
      ],
      { kind: "component", component: "worker" },
    ],
    [
      ["kinesis", "event stream", "data stream", "streaming", "event streaming"],
      { kind: "component", component: "stream", engine: "kinesis" },
    ],
    [
      ["static assets", "cdn", "cloudfront", "assets on a cdn", "static files"],
      { kind: "component", component: "assets" },
    ],
    [["waf", "web application firewall"], { kind: "waf" }],
    [
      ["isolated network", "network isolation", "private network", "vpc-isolated", "air-gapped"],
      { kind: "network-isolation" },
    ],
  ]),
  ...phraseTable("traffic", [
    [
      [
        "spiky",
        "spiky traffic",
        "bursty",
        "bursty traffic",
        "unpredictable traffic",
        "traffic spikes",
      ],
      { kind: "traffic", pattern: "spiky" },
    ],
    [
      ["seasonal", "seasonal traffic", "holiday peaks", "black friday", "seasonal peaks"],
      { kind: "traffic", pattern: "seasonal" },
    ],
    [
      ["steady", "steady traffic", "constant traffic", "flat traffic"],
      { kind: "traffic", pattern: "steady" },
    ],
    [
      ["batch", "batch jobs", "nightly jobs", "nightly batch"],
      { kind: "traffic", pattern: "batch" },
    ],
  ]),
  ...phraseTable("compute", [
    [["lambda", "aws lambda", "functions"], { kind: "compute", compute: "lambda" }],
    [
      ["fargate", "ecs", "containers", "containerized", "docker"],
      { kind: "compute", compute: "fargate" },
    ],
    [["ec2", "virtual machines", "vms"], { kind: "compute", compute: "ec2" }],
  ]),
  {
    concept: "rps",
    // "1000 requests per second", "5k rps", "200 req/s"
    pattern:
      /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)\s*(k\b)?\s*(?:rps|req\/s|requests?\s*(?:per|\/|a)\s*(?:second|sec|s)\b)/giu,
    read: (match) => {
      const value = parseNumber(match[1]);
      if (value === undefined) return undefined;
      const rps = value * (match[2] ? 1000 : 1);
      return rps > 0 && rps <= 10_000_000 ? { kind: "rps", rps } : undefined;
    },
  },
  {
    concept: "scaling",
    // "2-5 instances", "between 2 and 10 tasks", "2 to 8 servers"
    pattern:
      /(?:between\s+)?(?<![\p{L}\p{N}.])(\d+)\s*(?:-|–|to|and)\s*(\d+)\s+(?:t4g\.\w+\s+)?(?:instances|servers|tasks|containers|nodes|copies|replicas)(?![\p{L}\p{N}])/giu,
    read: (match) => {
      const min = Number(match[1]);
      const max = Number(match[2]);
      return min <= max && max >= 1 && max <= 10_000 ? { kind: "scaling", min, max } : undefined;
    },
  },
  {
    concept: "data size",
    // "500 GB", "2 TB of data", "1.5tb database"
    pattern:
      /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)\s*(gb|gib|tb|tib)(?![\p{L}\p{N}])(?:\s+of\s+data)?/giu,
    read: (match) => {
      const value = parseNumber(match[1]);
      if (value === undefined) return undefined;
      const gb = value * (match[2]!.toLowerCase().startsWith("t") ? 1024 : 1);
      return gb > 0 && gb <= 1_000_000 ? { kind: "data-size", gb } : undefined;
    },
  },
];
