import type { IntentInput } from "@idio-iac/intent-schema";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function compileDoc(overrides: Partial<IntentInput>): ResourceGraph {
  const result = compile(resolveIntent(baseDocument(overrides)));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.graph!;
}

const byId = (graph: ResourceGraph, id: string): GraphNode | undefined =>
  graph.nodes.find((n) => n.id === id);

const WEB_TO_INTERNAL_API = [
  { name: "web", type: "web", trafficPattern: "steady", expectedRps: 100, connectsTo: ["api"] },
  { name: "api", type: "api", trafficPattern: "steady", expectedRps: 100, public: false },
] as IntentInput["tiers"];

function apiUrlOf(graph: ResourceGraph, taskId: string): unknown {
  const task = byId(graph, taskId) as GraphNode<"aws.ecs.task_definition">;
  return task.props.container.environment.find((e) => e.name === "API_URL")?.value;
}

describe("private names for internal tiers", () => {
  it("resolves the host API_URL names in a private zone of the VPC, aliased to the internal load balancer", () => {
    const graph = compileDoc({ tiers: WEB_TO_INTERNAL_API });
    expect(apiUrlOf(graph, "web.task")).toBe("https://api.demo.example.com");
    expect(byId(graph, "network.private.zone")?.props).toEqual({
      name: "demo.example.com",
      comment: "Private zone for demo.example.com in the VPC of us-east-1, managed by IDIO",
      vpc: { id: { ref: "network.vpc", attr: "id" }, region: "us-east-1" },
    });
    expect(byId(graph, "api.alb")?.props).toMatchObject({ internal: true });
    expect(byId(graph, "api.private-dns.a")?.props).toEqual({
      zoneId: { ref: "network.private.zone", attr: "id" },
      name: "api.demo.example.com",
      type: "A",
      alias: {
        name: { ref: "api.alb", attr: "dnsName" },
        zoneId: { ref: "api.alb", attr: "zoneId" },
        evaluateTargetHealth: false,
      },
    });
    expect(byId(graph, "api.private-dns.a")?.reason.summary).toBe(
      "api.demo.example.com resolves, inside the VPC in us-east-1, to the load balancer of api: web calls it by that name (API_URL)",
    );
  });

  it("gives the warm standby its own private zone, so DR callers reach the DR load balancer", () => {
    const graph = compileDoc({
      tiers: WEB_TO_INTERNAL_API,
      availability: "99.999",
      disasterRecovery: { drRegion: "us-west-2" },
    } as Partial<IntentInput>);
    expect(apiUrlOf(graph, "dr.web.task")).toBe("https://api.demo.example.com");
    expect(byId(graph, "dr.network.private.zone")).toMatchObject({
      region: "dr",
      props: {
        name: "demo.example.com",
        vpc: { id: { ref: "dr.network.vpc" }, region: "us-west-2" },
      },
    });
    expect(byId(graph, "dr.api.private-dns.a")).toMatchObject({
      region: "dr",
      props: {
        zoneId: { ref: "dr.network.private.zone" },
        alias: { name: { ref: "dr.api.alb", attr: "dnsName" } },
      },
    });
  });

  it("adds no private zone without a domain: the URL is the load balancer's own name", () => {
    const graph = compileDoc({
      domain: undefined,
      security: { encryptionInTransit: false },
      environment: "development",
      tiers: WEB_TO_INTERNAL_API,
    } as Partial<IntentInput>);
    expect(graph.nodes.filter((n) => n.kind === "aws.route53.zone")).toEqual([]);
    expect(apiUrlOf(graph, "web.task")).toEqual({
      join: ["http://", { ref: "api.alb", attr: "dnsName" }],
    });
  });
});
