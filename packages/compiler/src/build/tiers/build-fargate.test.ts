import type { IntentInput } from "@idio-iac/intent-schema";
import type { EcsTaskDefinitionProps, GraphNode, ResourceGraph } from "@idio-iac/graph";
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
const task = (graph: ResourceGraph | undefined, tier: string) =>
  byId(graph, `${tier}.task`).props as EcsTaskDefinitionProps;

/** One image, two processes: a web app and its worker. */
const TIERS = [
  {
    name: "web",
    type: "web",
    expectedRps: 100,
    image: "acme/shop:1",
    connectsTo: ["jobs"],
    environment: { LOG_LEVEL: "info" },
  },
  {
    name: "worker",
    type: "worker",
    expectedRps: 10,
    scaling: { min: 1, max: 4 },
    image: "acme/shop:1",
    command: ["node", "worker.js"],
    architecture: "arm64",
    connectsTo: ["jobs"],
  },
  { name: "jobs", type: "queue" },
] as IntentInput["tiers"];

describe("ECS tasks honour command, environment and architecture", () => {
  const { graph, diagnostics } = compileTiers(TIERS);

  it("defaults to X86_64 (an image's architecture is unknown) and says how to save with Graviton", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(task(graph, "web").cpuArchitecture).toBe("X86_64");
    expect(byId(graph, "web.task").reason.summary).toContain(
      "set architecture: arm64 when it has an arm64 build, to run on Graviton for about 20% less",
    );
  });

  it("runs arm64 when the intent says so", () => {
    expect(task(graph, "worker").cpuArchitecture).toBe("ARM64");
  });

  it("the worker runs its own command from the same image; the web app keeps the image's CMD", () => {
    expect(task(graph, "worker").container.command).toEqual(["node", "worker.js"]);
    expect(task(graph, "web").container.command).toBeUndefined();
    expect(task(graph, "worker").container.image).toBe("acme/shop:1");
  });

  it("environment: the connection's variables, then the intent's", () => {
    expect(task(graph, "web").container.environment.map((e) => [e.name, e.value])).toEqual([
      ["JOBS_QUEUE_URL", { ref: "jobs.queue", attr: "url" }],
      ["LOG_LEVEL", "info"],
    ]);
  });

  it("a variable ECS sets is IDIO430", () => {
    const bad = compileTiers([
      { ...TIERS[0]!, environment: { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: "/x" } },
      TIERS[2]!,
    ] as IntentInput["tiers"]);
    expect(
      bad.diagnostics
        .filter((d) => d.code === CompileCode.EnvironmentCollision)
        .map((d) => [d.severity, d.path]),
    ).toEqual([["error", "/tiers/0/environment/AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]]);
  });
});
