import { parseIntent, type IntentInput } from "@idio-iac/intent-schema";
import type { GraphNode, LambdaFunctionProps, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function compileTiers(tiers: IntentInput["tiers"]) {
  const result = compile(resolveIntent(baseDocument({ tiers })));
  return { graph: result.graph, diagnostics: result.diagnostics };
}

const byId = (graph: ResourceGraph | undefined, id: string): GraphNode => {
  const found = graph?.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const fn = (graph: ResourceGraph | undefined, id = "jobs.function") =>
  byId(graph, id).props as LambdaFunctionProps;

const QUEUE_FED = [
  {
    name: "jobs",
    type: "function",
    runtime: "python3.13",
    scaling: { min: 0, max: 50 },
    connectsTo: ["work"],
  },
  { name: "work", type: "queue" },
] as IntentInput["tiers"];

describe("Lambda concurrency", () => {
  const { graph, diagnostics } = compileTiers(QUEUE_FED);

  it("never reserves concurrency (AWS keeps 100 unreserved; new accounts may have 10)", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(fn(graph).reservedConcurrency).toBeUndefined();
    expect(byId(graph, "jobs.function").reason.summary).toContain("no reserved concurrency");
  });

  it("caps a queue consumer at scaling.max through the event source instead", () => {
    expect(byId(graph, "jobs.source.work").props).toMatchObject({
      batchSize: 10,
      maximumConcurrency: 50,
    });
  });

  it("clamps the cap to SQS's 2-1000 range", () => {
    const one = compileTiers([
      { ...QUEUE_FED[0]!, scaling: { min: 0, max: 1 } },
      QUEUE_FED[1]!,
    ] as IntentInput["tiers"]);
    expect(byId(one.graph, "jobs.source.work").props).toMatchObject({ maximumConcurrency: 2 });
  });
});

describe("Lambda code and architecture", () => {
  it("python defaults to arm64 with a placeholder", () => {
    const { graph } = compileTiers(QUEUE_FED);
    expect(fn(graph)).toMatchObject({
      runtime: "python3.13",
      handler: "app.handler",
      architectures: ["arm64"],
      code: { placeholder: true },
    });
  });

  it("java21 takes an S3 artifact; command is its handler; architecture as asked", () => {
    const { graph, diagnostics } = compileTiers([
      {
        ...QUEUE_FED[0]!,
        runtime: "java21",
        command: ["com.example.Jobs::handleRequest"],
        architecture: "x86_64",
      },
      QUEUE_FED[1]!,
    ] as IntentInput["tiers"]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(fn(graph)).toMatchObject({
      handler: "com.example.Jobs::handleRequest",
      architectures: ["x86_64"],
      code: { s3Artifact: true },
    });
  });

  it("provided.al2023 defaults to x86_64 (a compiled bootstrap) with a placeholder bootstrap", () => {
    const { graph } = compileTiers([
      { ...QUEUE_FED[0]!, runtime: "provided.al2023" },
      QUEUE_FED[1]!,
    ] as IntentInput["tiers"]);
    expect(fn(graph)).toMatchObject({
      handler: "bootstrap",
      architectures: ["x86_64"],
      code: { placeholder: true },
    });
  });

  it("a command of two elements is IDIO431 at /tiers/0/command", () => {
    const { diagnostics } = compileTiers([
      { ...QUEUE_FED[0]!, command: ["python", "app.py"] },
      QUEUE_FED[1]!,
    ] as IntentInput["tiers"]);
    const found = diagnostics.filter((d) => d.code === CompileCode.LambdaCommand);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", path: "/tiers/0/command" });
  });
});

describe("Lambda environment", () => {
  it("adds the intent's variables after the connection's", () => {
    const { graph } = compileTiers([
      { ...QUEUE_FED[0]!, environment: { LOG_LEVEL: "debug", A_FLAG: "1" } },
      QUEUE_FED[1]!,
    ] as IntentInput["tiers"]);
    const env = fn(graph).environment;
    expect(Object.keys(env)).toEqual(["WORK_QUEUE_URL", "A_FLAG", "LOG_LEVEL"]);
    expect(env.LOG_LEVEL).toBe("debug");
  });

  it("a variable IDIO or Lambda sets is IDIO430 at the variable", () => {
    const { diagnostics } = compileTiers([
      { ...QUEUE_FED[0]!, environment: { WORK_QUEUE_URL: "x", AWS_REGION: "eu-west-1", OK: "1" } },
      QUEUE_FED[1]!,
    ] as IntentInput["tiers"]);
    const found = diagnostics.filter((d) => d.code === CompileCode.EnvironmentCollision);
    expect(found.map((d) => [d.severity, d.path])).toEqual([
      ["error", "/tiers/0/environment/AWS_REGION"],
      ["error", "/tiers/0/environment/WORK_QUEUE_URL"],
    ]);
  });
});

describe("located", () => {
  it("IDIO430 points at the variable's line and column in the YAML", () => {
    const text = [
      "apiVersion: idio.dev/v1",
      "name: demo",
      "environment: development",
      "region: us-east-1",
      "tiers:",
      "  - name: jobs",
      "    type: function",
      "    connectsTo: [work]",
      "    environment:",
      "      WORK_QUEUE_URL: https://example.com",
      "  - name: work",
      "    type: queue",
      "",
    ].join("\n");
    const parsed = parseIntent(text, "intent.yaml");
    const result = compile(parsed.intent!, { source: parsed.source });
    const found = result.diagnostics.find((d) => d.code === CompileCode.EnvironmentCollision)!;
    expect([found.file, found.line, found.column]).toEqual(["intent.yaml", 10, 23]);
    expect(found.hint).toContain("Rename it");
  });
});
