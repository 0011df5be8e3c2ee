import { describe, expect, it } from "vitest";
import { COMPUTE_DECISION_TABLE, selectCompute, type ComputeInput } from "./select-compute.js";

const base: ComputeInput = {
  type: "api",
  compute: "auto",
  trafficPattern: "steady",
  expectedRps: 200,
  scalingMin: undefined,
  isPublic: true,
  wafRequired: false,
  hasEventSource: false,
};

/** One case per decision-table row: the input that reaches it and what it must choose. */
const ROWS: { rule: string; input: Partial<ComputeInput>; service: string; entry: string }[] = [
  {
    rule: "function-is-lambda",
    input: { type: "function", compute: "fargate" },
    service: "lambda",
    entry: "none",
  },
  {
    rule: "explicit-fargate",
    input: { compute: "fargate", trafficPattern: "spiky" },
    service: "fargate",
    entry: "alb",
  },
  {
    rule: "explicit-fargate",
    input: { type: "worker", compute: "fargate" },
    service: "fargate",
    entry: "none",
  },
  { rule: "explicit-ec2", input: { compute: "ec2" }, service: "ec2", entry: "alb" },
  { rule: "explicit-lambda", input: { compute: "lambda" }, service: "lambda", entry: "http-api" },
  {
    rule: "explicit-lambda",
    input: { compute: "lambda", isPublic: false },
    service: "lambda",
    entry: "none",
  },
  {
    rule: "event-driven-worker-lambda",
    input: { type: "worker", trafficPattern: "batch", hasEventSource: true },
    service: "lambda",
    entry: "none",
  },
  {
    rule: "steady-worker-fargate",
    input: { type: "worker", trafficPattern: "steady", hasEventSource: true },
    service: "fargate",
    entry: "none",
  },
  {
    rule: "steady-worker-fargate",
    input: { type: "worker", trafficPattern: "batch", hasEventSource: true, memoryMb: 32768 },
    service: "fargate",
    entry: "none",
  },
  {
    rule: "steady-worker-fargate",
    input: { type: "worker", trafficPattern: "batch", hasEventSource: false },
    service: "fargate",
    entry: "none",
  },
  {
    rule: "waf-keeps-alb",
    input: { trafficPattern: "spiky", wafRequired: true },
    service: "fargate",
    entry: "alb",
  },
  {
    rule: "waf-keeps-alb",
    input: { expectedRps: 1, wafRequired: true },
    service: "fargate",
    entry: "alb",
  },
  {
    rule: "bursty-http-lambda",
    input: { trafficPattern: "spiky" },
    service: "lambda",
    entry: "http-api",
  },
  {
    rule: "bursty-http-lambda",
    input: { trafficPattern: "batch", isPublic: false },
    service: "lambda",
    entry: "none",
  },
  {
    rule: "bursty-http-lambda",
    input: { trafficPattern: "spiky", isPublic: false, wafRequired: true },
    service: "lambda",
    entry: "none",
  },
  { rule: "low-traffic-lambda", input: { expectedRps: 2 }, service: "lambda", entry: "http-api" },
  {
    rule: "default-fargate",
    input: { expectedRps: 2, cpu: 8 },
    service: "fargate",
    entry: "alb",
  },
  {
    rule: "default-fargate",
    input: { trafficPattern: "spiky", memoryMb: 16384 },
    service: "fargate",
    entry: "alb",
  },
  { rule: "sustained-load-ec2", input: { expectedRps: 1600 }, service: "ec2", entry: "alb" },
  { rule: "default-fargate", input: { expectedRps: 1599 }, service: "fargate", entry: "alb" },
  {
    rule: "default-fargate",
    input: { expectedRps: 2, scalingMin: 2 },
    service: "fargate",
    entry: "alb",
  },
  {
    rule: "default-fargate",
    input: { trafficPattern: "seasonal", expectedRps: 50000 },
    service: "fargate",
    entry: "alb",
  },
  {
    rule: "default-fargate",
    input: { expectedRps: undefined, type: "web" },
    service: "fargate",
    entry: "alb",
  },
];

describe("compute decision table", () => {
  it.each(ROWS)("$rule: $input", ({ rule, input, service, entry }) => {
    const decision = selectCompute({ ...base, ...input });
    expect(decision).toMatchObject({ rule, service, entry });
    expect(decision.summary.length).toBeGreaterThan(20);
  });

  it("has a tested case for every row, and every tested rule exists", () => {
    const tested = new Set(ROWS.map((row) => row.rule));
    expect([...tested].sort()).toEqual(COMPUTE_DECISION_TABLE.map((row) => row.rule).sort());
  });

  it("ends with a row that always matches, so every input gets a decision", () => {
    const last = COMPUTE_DECISION_TABLE[COMPUTE_DECISION_TABLE.length - 1]!;
    expect(last.rule).toBe("default-fargate");
    expect(last.when({ ...base, trafficPattern: "seasonal" })).toBe(true);
  });
});
