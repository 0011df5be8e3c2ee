import { AWS_LIMITS, THROUGHPUT } from "@idio-iac/core";
import type { ComputeChoice, TierType, TrafficPattern } from "@idio-iac/intent-schema";

/** What a compute tier runs on, and how requests reach it. */
export interface ComputeDecision {
  readonly service: "fargate" | "lambda" | "ec2";
  /** alb: an Application Load Balancer; http-api: API Gateway HTTP API; none: no listener. */
  readonly entry: "alb" | "http-api" | "none";
  /** The decision-table row that matched. */
  readonly rule: string;
  readonly summary: string;
  /** Intent fields (relative to the tier) that decided it. */
  readonly fields: readonly string[];
}

export interface ComputeInput {
  readonly type: TierType;
  readonly compute: ComputeChoice;
  readonly trafficPattern: TrafficPattern;
  readonly expectedRps: number | undefined;
  readonly scalingMin: number | undefined;
  readonly isPublic: boolean;
  readonly wafRequired: boolean;
  /** The tier consumes a queue or stream it connects to. */
  readonly hasEventSource: boolean;
  /** Explicit per-copy size from the intent, if any. */
  readonly memoryMb?: number | undefined;
  readonly cpu?: number | undefined;
}

/** Lambda's ceiling: 10,240 MB of memory, which buys at most 6 vCPUs. */
export const LAMBDA_LIMITS = {
  memoryMb: AWS_LIMITS.lambda.maxMemoryMb,
  vcpu: AWS_LIMITS.lambda.maxVcpu,
} as const;

/** Whether an explicit size fits in one Lambda function. */
export function fitsLambda(input: Pick<ComputeInput, "memoryMb" | "cpu">): boolean {
  return (input.memoryMb ?? 0) <= LAMBDA_LIMITS.memoryMb && (input.cpu ?? 0) <= LAMBDA_LIMITS.vcpu;
}

interface Row {
  readonly rule: string;
  readonly when: (input: ComputeInput) => boolean;
  readonly service: ComputeDecision["service"];
  readonly entry: (input: ComputeInput) => ComputeDecision["entry"];
  readonly summary: string;
  readonly fields: readonly string[];
}

const isHttp = (input: ComputeInput) => input.type === "web" || input.type === "api";
const bursty = (input: ComputeInput) =>
  input.trafficPattern === "spiky" || input.trafficPattern === "batch";
const lowTraffic = (input: ComputeInput) =>
  input.expectedRps !== undefined &&
  input.expectedRps < THROUGHPUT.lambdaBelowRps &&
  (input.scalingMin ?? 0) === 0;
const baselineVcpu = (input: ComputeInput) => (input.expectedRps ?? 0) / THROUGHPUT.requestsPerVcpu;
/** Lambda behind a public HTTP API; an internal Lambda is invoked directly by its callers. */
const lambdaEntry = (input: ComputeInput) =>
  isHttp(input) && input.isPublic ? "http-api" : "none";
const lbEntry = (input: ComputeInput) => (isHttp(input) ? "alb" : "none");

/**
 * The compute decision table: the first row whose condition holds wins.
 * Each row is tested (select-compute.test.ts) and documented in
 * docs/compiler.md.
 */
export const COMPUTE_DECISION_TABLE: readonly Row[] = [
  {
    rule: "function-is-lambda",
    when: (i) => i.type === "function",
    service: "lambda",
    entry: () => "none",
    summary: "function tiers run on AWS Lambda",
    fields: ["type"],
  },
  {
    rule: "explicit-fargate",
    when: (i) => i.compute === "fargate",
    service: "fargate",
    entry: lbEntry,
    summary: "compute: fargate was requested",
    fields: ["compute"],
  },
  {
    rule: "explicit-ec2",
    when: (i) => i.compute === "ec2",
    service: "ec2",
    entry: lbEntry,
    summary: "compute: ec2 was requested (Graviton Auto Scaling group)",
    fields: ["compute"],
  },
  {
    rule: "explicit-lambda",
    when: (i) => i.compute === "lambda",
    service: "lambda",
    entry: lambdaEntry,
    summary: "compute: lambda was requested",
    fields: ["compute"],
  },
  {
    rule: "event-driven-worker-lambda",
    when: (i) => i.type === "worker" && bursty(i) && i.hasEventSource && fitsLambda(i),
    service: "lambda",
    entry: () => "none",
    summary:
      "a spiky or batch worker fed by a queue or stream runs on Lambda: it scales with its queue and costs nothing idle",
    fields: ["type", "trafficPattern", "connectsTo"],
  },
  {
    rule: "steady-worker-fargate",
    when: (i) => i.type === "worker",
    service: "fargate",
    entry: () => "none",
    summary:
      "a steady worker, or one with no queue or stream to trigger it, runs as a Fargate service",
    fields: ["type", "trafficPattern"],
  },
  {
    rule: "waf-keeps-alb",
    when: (i) => i.isPublic && i.wafRequired && (bursty(i) || lowTraffic(i)),
    service: "fargate",
    entry: () => "alb",
    summary:
      "WAF is required and API Gateway HTTP APIs cannot carry a web ACL, so the tier runs on Fargate behind an ALB",
    fields: ["trafficPattern", "expectedRps"],
  },
  {
    rule: "bursty-http-lambda",
    when: (i) => bursty(i) && fitsLambda(i),
    service: "lambda",
    entry: lambdaEntry,
    summary: "spiky or batch traffic: Lambda scales per request and costs nothing between bursts",
    fields: ["trafficPattern"],
  },
  {
    rule: "low-traffic-lambda",
    when: (i) => lowTraffic(i) && fitsLambda(i),
    service: "lambda",
    entry: lambdaEntry,
    summary: `fewer than ${THROUGHPUT.lambdaBelowRps} requests/s: pay-per-request Lambda beats an always-on task`,
    fields: ["expectedRps", "scaling"],
  },
  {
    rule: "sustained-load-ec2",
    when: (i) => i.trafficPattern === "steady" && baselineVcpu(i) >= THROUGHPUT.ec2BreakEvenVcpu,
    service: "ec2",
    entry: () => "alb",
    summary: `steady load of ${THROUGHPUT.ec2BreakEvenVcpu}+ vCPUs: a Graviton Auto Scaling group is cheaper than Fargate`,
    fields: ["trafficPattern", "expectedRps"],
  },
  {
    rule: "default-fargate",
    when: () => true,
    service: "fargate",
    entry: () => "alb",
    summary:
      "steady or seasonal HTTP traffic: ECS Fargate behind an ALB with target-tracking autoscaling",
    fields: ["trafficPattern"],
  },
];

export function selectCompute(input: ComputeInput): ComputeDecision {
  const row = COMPUTE_DECISION_TABLE.find((candidate) => candidate.when(input))!;
  return {
    service: row.service,
    entry: row.entry(input),
    rule: row.rule,
    summary: row.summary,
    fields: row.fields,
  };
}
