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
const ofKind = (graph: ResourceGraph, kind: string) => graph.nodes.filter((n) => n.kind === kind);

/** A warm standby (99.999) in eu-west-1 with its recovery region eu-central-1. */
const WARM_STANDBY = {
  region: "eu-west-1",
  availability: "99.999",
  tiers: [
    {
      name: "web",
      type: "web",
      trafficPattern: "steady",
      expectedRps: 100,
      healthCheckPath: "/healthz",
      connectsTo: ["db"],
    },
    { name: "db", type: "database", dataSizeGb: 50 },
  ],
  cost: { monthlyBudgetUsd: 5000, alertEmails: ["ops@demo.example.com"] },
  disasterRecovery: {
    rtoMinutes: 5,
    rpoMinutes: 1,
    crossRegionReplication: true,
    drRegion: "eu-central-1",
  },
} as Partial<IntentInput>;

describe("DNS failover to a warm standby", () => {
  const graph = compileDoc(WARM_STANDBY);

  it("gives each site a failover record with a unique set identifier and its own health check", () => {
    const routed = ofKind(graph, "aws.route53.record").filter(
      (n) => (n.props as { routing?: unknown }).routing !== undefined,
    );
    expect(routed.map((n) => n.id)).toEqual(["dr.web.dns.a", "web.dns.a"]);
    expect(byId(graph, "web.dns.a")?.props).toEqual({
      zoneId: { ref: "edge.dns.zone", attr: "id" },
      name: "demo.example.com",
      type: "A",
      alias: {
        name: { ref: "web.alb", attr: "dnsName" },
        zoneId: { ref: "web.alb", attr: "zoneId" },
        evaluateTargetHealth: true,
      },
      url: "https://demo.example.com",
      routing: { setIdentifier: "eu-west-1", policy: { type: "failover", role: "PRIMARY" } },
      healthCheckId: { ref: "edge.dns.health-check.web.primary", attr: "id" },
    });
    expect(byId(graph, "dr.web.dns.a")?.props).toEqual({
      zoneId: { ref: "edge.dns.zone", attr: "id" },
      name: "demo.example.com",
      type: "A",
      alias: {
        name: { ref: "dr.web.alb", attr: "dnsName" },
        zoneId: { ref: "dr.web.alb", attr: "zoneId" },
        evaluateTargetHealth: true,
      },
      routing: { setIdentifier: "eu-central-1", policy: { type: "failover", role: "SECONDARY" } },
      healthCheckId: { ref: "edge.dns.health-check.web.dr", attr: "id" },
    });
    expect(byId(graph, "dr.web.dns.a")?.region).toBe("dr");
  });

  it("checks each site on a name of its own, over HTTPS at the tier's health path, from us-east-1", () => {
    expect(ofKind(graph, "aws.route53.health_check").map((n) => n.id)).toEqual([
      "edge.dns.health-check.web.dr",
      "edge.dns.health-check.web.primary",
    ]);
    const check = byId(graph, "edge.dns.health-check.web.dr")!;
    expect(check.region).toBe("edge");
    expect(check.props).toEqual({
      name: "demo-prod-web-dr",
      type: "HTTPS",
      fqdn: "web-dr.demo.example.com",
      port: 443,
      resourcePath: "/healthz",
      requestIntervalSeconds: 30,
      failureThreshold: 3,
      enableSni: true,
      measureLatency: false,
      endpoint: "aws",
    });
    expect(check.reason.calculation).toEqual([
      "unhealthy after 3 failed requests 30 s apart: about 90 s",
    ]);
    // The name the check requests is a plain alias to that site's load balancer.
    expect(byId(graph, "dr.web.dns.site.a")?.props).toEqual({
      zoneId: { ref: "edge.dns.zone", attr: "id" },
      name: "web-dr.demo.example.com",
      type: "A",
      alias: {
        name: { ref: "dr.web.alb", attr: "dnsName" },
        zoneId: { ref: "dr.web.alb", attr: "zoneId" },
        evaluateTargetHealth: false,
      },
    });
    expect(byId(graph, "web.dns.site.a")?.props).toMatchObject({
      name: "web-primary.demo.example.com",
    });
  });

  it("alarms on each health check in us-east-1, notifying a us-east-1 topic e-mailed and encrypted like the primary's", () => {
    const alarm = byId(graph, "edge.ops.alarm.web.health-check.primary")!;
    expect(alarm.region).toBe("edge");
    expect(alarm.props).toMatchObject({
      namespace: "AWS/Route53",
      metricName: "HealthCheckStatus",
      dimensions: { HealthCheckId: { ref: "edge.dns.health-check.web.primary" } },
      statistic: "Minimum",
      threshold: 1,
      comparisonOperator: "LessThanThreshold",
      alarmActions: [{ ref: "edge.ops.alarms.topic", attr: "arn" }],
    });
    expect(byId(graph, "edge.ops.alarm.web.health-check.dr")).toBeDefined();
    expect(byId(graph, "edge.ops.alarms.topic")?.props).toEqual({
      name: "demo-prod-alarms-us-east-1",
      kmsMasterKeyId: { ref: "edge.security.kms.key", attr: "id" },
      publishers: ["cloudwatch.amazonaws.com"],
    });
    expect(byId(graph, "edge.security.kms.key")?.props).toMatchObject({
      servicePrincipals: ["cloudwatch"],
      enableKeyRotation: true,
    });
    expect(byId(graph, "edge.ops.alarms.subscription.ops-at-demo-example-com")?.props).toEqual({
      topicArn: { ref: "edge.ops.alarms.topic", attr: "arn" },
      protocol: "email",
      endpoint: "ops@demo.example.com",
    });
  });

  it("keeps the health checks and their alarms in the primary when it is us-east-1", () => {
    const east = compileDoc({
      ...WARM_STANDBY,
      region: "us-east-1",
      disasterRecovery: { ...WARM_STANDBY.disasterRecovery!, drRegion: "us-west-2" },
    } as Partial<IntentInput>);
    expect(byId(east, "edge.dns.health-check.web.primary")?.region).toBe("primary");
    expect(byId(east, "edge.ops.alarm.web.health-check.dr")?.props).toMatchObject({
      alarmActions: [{ ref: "ops.alarms.topic", attr: "arn" }],
    });
    expect(byId(east, "edge.ops.alarms.topic")).toBeUndefined();
  });

  it("has every reason point at the intent", () => {
    const added = graph.nodes.filter(
      (n) => n.kind === "aws.route53.health_check" || n.id.startsWith("edge.ops."),
    );
    for (const node of added) expect(node.reason.pointers.length, node.id).toBeGreaterThan(0);
  });
});

describe("one site", () => {
  it("keeps a plain alias record and no health check", () => {
    const graph = compileDoc({});
    expect(byId(graph, "web.dns.a")?.props).not.toHaveProperty("routing");
    expect(ofKind(graph, "aws.route53.health_check")).toEqual([]);
  });
});
