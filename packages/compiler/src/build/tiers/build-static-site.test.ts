import type { IntentInput } from "@idio-iac/intent-schema";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function compileTiers(tiers: IntentInput["tiers"]) {
  const intent = resolveIntent(baseDocument({ tiers }));
  const result = compile(intent);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { intent, graph: result.graph!, diagnostics: result.diagnostics };
}

const byId = (graph: ResourceGraph, id: string): GraphNode => {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};

describe("a static site that connectsTo an API", () => {
  const { intent, graph, diagnostics } = compileTiers([
    { name: "site", type: "static-site", connectsTo: ["api"] },
    { name: "api", type: "api", expectedRps: 50 },
  ] as IntentInput["tiers"]);

  it("leaves the API public (the edge is ignored, IDIO414)", () => {
    expect(intent.tiers.find((t) => t.name === "api")!.public).toBe(true);
    expect(diagnostics.map((d) => d.code)).toContain(CompileCode.IgnoredConnection);
    const alb = byId(graph, "api.alb").props as { internal: boolean };
    expect(alb.internal).toBe(false);
  });

  it("an API another server tier calls still defaults to private", () => {
    const other = compileTiers([
      { name: "site", type: "static-site", connectsTo: ["api"] },
      { name: "web", type: "web", expectedRps: 50, connectsTo: ["api"] },
      { name: "api", type: "api", expectedRps: 50 },
    ] as IntentInput["tiers"]);
    expect(other.intent.tiers.find((t) => t.name === "api")!.public).toBe(false);
    expect((byId(other.graph, "api.alb").props as { internal: boolean }).internal).toBe(true);
  });
});

describe("single-page apps", () => {
  it("spa: true rewrites 403 and 404 to /index.html with 200", () => {
    const { graph } = compileTiers([
      { name: "site", type: "static-site", spa: true },
    ] as IntentInput["tiers"]);
    const props = byId(graph, "site.distribution").props as unknown as Record<string, unknown>;
    expect(props.customErrorResponses).toEqual([
      {
        errorCode: 403,
        responseCode: 200,
        responsePagePath: "/index.html",
        errorCachingMinTtlSeconds: 10,
      },
      {
        errorCode: 404,
        responseCode: 200,
        responsePagePath: "/index.html",
        errorCachingMinTtlSeconds: 10,
      },
    ]);
    expect(byId(graph, "site.distribution").reason.summary).toContain("single-page app");
  });

  it("a plain static site keeps its 404s", () => {
    const { graph } = compileTiers([{ name: "site", type: "static-site" }] as IntentInput["tiers"]);
    expect(
      (byId(graph, "site.distribution").props as unknown as Record<string, unknown>)
        .customErrorResponses,
    ).toBeUndefined();
  });
});
