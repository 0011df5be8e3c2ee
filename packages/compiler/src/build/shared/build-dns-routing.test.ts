import type { IntentInput } from "@idio-iac/intent-schema";
import type { GraphNode, RecordProps, ResourceGraph } from "@idio-iac/graph";
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
      url: "https://web-dr.demo.example.com",
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
    expect(alarm.props).toMatchObject({
      description:
        "web in eu-west-1 fails Route 53's health check (Route 53 fails over to eu-central-1)",
    });
    expect(byId(graph, "edge.ops.alarm.web.health-check.dr")?.props).toMatchObject({
      description:
        "web in eu-central-1 fails Route 53's health check (a failover would have nowhere to go: Route 53 keeps answering with the primary)",
    });
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

describe("an HTTP API served from two sites", () => {
  const graph = compileDoc({
    ...WARM_STANDBY,
    tiers: [
      {
        name: "api",
        type: "api",
        compute: "lambda",
        runtime: "nodejs22.x",
        trafficPattern: "spiky",
        expectedRps: 50,
      },
    ],
  } as Partial<IntentInput>);

  it("has the name as a custom domain in each site, plus the site's own name for its check", () => {
    expect(
      ofKind(graph, "aws.apigatewayv2.domain_name").map((n) => [
        n.id,
        n.region,
        (n.props as { domainName: string }).domainName,
      ]),
    ).toEqual([
      ["api.http-api.domain", "primary", "demo.example.com"],
      ["api.http-api.domain.site", "primary", "api-primary.demo.example.com"],
      ["dr.api.http-api.domain", "dr", "demo.example.com"],
      ["dr.api.http-api.domain.site", "dr", "api-dr.demo.example.com"],
    ]);
    expect(byId(graph, "dr.api.http-api.mapping.site")?.props).toEqual({
      apiId: { ref: "dr.api.http-api", attr: "id" },
      domainName: { ref: "dr.api.http-api.domain.site", attr: "id" },
      stage: { ref: "dr.api.http-api.stage", attr: "id" },
    });
  });

  it("routes A and AAAA per site to the API's domain, without evaluating target health", () => {
    expect(byId(graph, "dr.api.dns.aaaa")?.props).toEqual({
      zoneId: { ref: "edge.dns.zone", attr: "id" },
      name: "demo.example.com",
      type: "AAAA",
      alias: {
        name: { ref: "dr.api.http-api.domain", attr: "targetDomainName" },
        zoneId: { ref: "dr.api.http-api.domain", attr: "hostedZoneId" },
        evaluateTargetHealth: false,
      },
      routing: { setIdentifier: "eu-central-1", policy: { type: "failover", role: "SECONDARY" } },
      healthCheckId: { ref: "edge.dns.health-check.api.dr", attr: "id" },
    });
    expect(byId(graph, "dr.api.dns.site.a")?.props).toMatchObject({
      name: "api-dr.demo.example.com",
      alias: { name: { ref: "dr.api.http-api.domain.site", attr: "targetDomainName" } },
    });
  });
});

describe("one site", () => {
  it("keeps a plain alias record and no health check", () => {
    const graph = compileDoc({});
    expect(byId(graph, "web.dns.a")?.props).not.toHaveProperty("routing");
    expect(ofKind(graph, "aws.route53.health_check")).toEqual([]);
  });
});

describe("routing over extra serving regions", () => {
  const regions = (routing: object) =>
    compileDoc({
      region: "us-east-1",
      regions: ["us-west-2", "eu-west-1"],
      routing,
    } as Partial<IntentInput>);
  const routed = (graph: ResourceGraph) =>
    ofKind(graph, "aws.route53.record")
      .map((n) => ({ ...n, props: n.props as RecordProps }))
      .filter((n) => n.props.routing !== undefined);

  it("latency by default: a record per region, each with its own region's health check", () => {
    const graph = regions({});
    expect(
      routed(graph).map((n) => [n.id, n.region, n.props.routing, n.props.healthCheckId?.ref]),
    ).toEqual([
      [
        "eu-west-1.web.dns.a",
        "eu-west-1",
        { setIdentifier: "eu-west-1", policy: { type: "latency", region: "eu-west-1" } },
        "edge.dns.health-check.web.eu-west-1",
      ],
      [
        "us-west-2.web.dns.a",
        "us-west-2",
        { setIdentifier: "us-west-2", policy: { type: "latency", region: "us-west-2" } },
        "edge.dns.health-check.web.us-west-2",
      ],
      [
        "web.dns.a",
        "primary",
        { setIdentifier: "us-east-1", policy: { type: "latency", region: "us-east-1" } },
        "edge.dns.health-check.web.primary",
      ],
    ]);
    expect(byId(graph, "edge.dns.health-check.web.eu-west-1")?.props).toMatchObject({
      fqdn: "web-eu-west-1.demo.example.com",
    });
    // One URL output per name.
    expect(
      routed(graph)
        .filter((n) => n.props.url !== undefined)
        .map((n) => n.id),
    ).toEqual(["web.dns.a"]);
  });

  it("geolocation: the places each region serves, everyone else to the primary's default record", () => {
    const graph = regions({
      policy: "geolocation",
      locations: { "eu-west-1": ["EU"], "us-west-2": ["US-WA", "US-CA"] },
    });
    const records = routed(graph);
    expect(
      records.map((n) => [
        n.id,
        n.props.name,
        n.props.routing?.setIdentifier,
        n.props.healthCheckId?.ref,
      ]),
    ).toEqual([
      ["eu-west-1.web.dns.a", "demo.example.com", "eu-west-1-EU", undefined],
      [
        "eu-west-1.web.dns.any.a",
        "web-any.demo.example.com",
        "eu-west-1",
        "edge.dns.health-check.web.eu-west-1",
      ],
      [
        "eu-west-1.web.dns.first.a",
        "web-eu-west-1-first.demo.example.com",
        "eu-west-1",
        "edge.dns.health-check.web.eu-west-1",
      ],
      ["eu-west-1.web.dns.first.a.any", "web-eu-west-1-first.demo.example.com", "any", undefined],
      ["us-west-2.web.dns.a", "demo.example.com", "us-west-2-US-WA", undefined],
      ["us-west-2.web.dns.a.us-ca", "demo.example.com", "us-west-2-US-CA", undefined],
      [
        "us-west-2.web.dns.any.a",
        "web-any.demo.example.com",
        "us-west-2",
        "edge.dns.health-check.web.us-west-2",
      ],
      [
        "us-west-2.web.dns.first.a",
        "web-us-west-2-first.demo.example.com",
        "us-west-2",
        "edge.dns.health-check.web.us-west-2",
      ],
      ["us-west-2.web.dns.first.a.any", "web-us-west-2-first.demo.example.com", "any", undefined],
      ["web.dns.a", "demo.example.com", "us-east-1-default", undefined],
      [
        "web.dns.any.a",
        "web-any.demo.example.com",
        "us-east-1",
        "edge.dns.health-check.web.primary",
      ],
      [
        "web.dns.first.a",
        "web-primary-first.demo.example.com",
        "us-east-1",
        "edge.dns.health-check.web.primary",
      ],
      ["web.dns.first.a.any", "web-primary-first.demo.example.com", "any", undefined],
    ]);
    // Set identifiers are unique within each name and type.
    const keys = records.map(
      (n) => `${n.props.name} ${n.props.type} ${n.props.routing?.setIdentifier}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("geolocation falls through: the default and each place alias a failover pair whose secondary is a latency set over every region", () => {
    const graph = regions({ policy: "geolocation", locations: { "eu-west-1": ["EU"] } });
    const zoneId = { ref: "edge.dns.zone", attr: "id" };
    // The default record: the primary while healthy, through its pair.
    expect(byId(graph, "web.dns.a")?.props).toEqual({
      zoneId,
      name: "demo.example.com",
      type: "A",
      alias: {
        name: { ref: "web.dns.first.a", attr: "fqdn" },
        zoneId,
        evaluateTargetHealth: true,
      },
      url: "https://demo.example.com",
      routing: {
        setIdentifier: "us-east-1-default",
        policy: { type: "geolocation", countryCode: "*" },
      },
    });
    expect(byId(graph, "eu-west-1.web.dns.a")?.props).toMatchObject({
      alias: {
        name: { ref: "eu-west-1.web.dns.first.a", attr: "fqdn" },
        zoneId,
        evaluateTargetHealth: true,
      },
      routing: {
        setIdentifier: "eu-west-1-EU",
        policy: { type: "geolocation", continentCode: "EU" },
      },
    });
    expect(byId(graph, "eu-west-1.web.dns.first.a")?.props).toEqual({
      zoneId,
      name: "web-eu-west-1-first.demo.example.com",
      type: "A",
      alias: {
        name: { ref: "eu-west-1.web.alb", attr: "dnsName" },
        zoneId: { ref: "eu-west-1.web.alb", attr: "zoneId" },
        evaluateTargetHealth: true,
      },
      routing: { setIdentifier: "eu-west-1", policy: { type: "failover", role: "PRIMARY" } },
      healthCheckId: { ref: "edge.dns.health-check.web.eu-west-1", attr: "id" },
    });
    expect(byId(graph, "eu-west-1.web.dns.first.a.any")?.props).toEqual({
      zoneId,
      name: "web-eu-west-1-first.demo.example.com",
      type: "A",
      alias: {
        name: { ref: "eu-west-1.web.dns.any.a", attr: "fqdn" },
        zoneId,
        evaluateTargetHealth: true,
      },
      routing: { setIdentifier: "any", policy: { type: "failover", role: "SECONDARY" } },
    });
    expect(byId(graph, "eu-west-1.web.dns.any.a")?.props).toEqual({
      zoneId,
      name: "web-any.demo.example.com",
      type: "A",
      alias: {
        name: { ref: "eu-west-1.web.alb", attr: "dnsName" },
        zoneId: { ref: "eu-west-1.web.alb", attr: "zoneId" },
        evaluateTargetHealth: true,
      },
      routing: { setIdentifier: "eu-west-1", policy: { type: "latency", region: "eu-west-1" } },
      healthCheckId: { ref: "edge.dns.health-check.web.eu-west-1", attr: "id" },
    });
    // Every record of the tree lives in its site and says why, pointing at the intent.
    for (const id of [
      "eu-west-1.web.dns.any.a",
      "eu-west-1.web.dns.first.a",
      "eu-west-1.web.dns.first.a.any",
    ]) {
      expect(byId(graph, id)?.region, id).toBe("eu-west-1");
      expect(byId(graph, id)?.reason.pointers, id).toEqual([
        "/domain",
        "/regions",
        "/routing",
        "/routing/policy",
        "/tiers/0",
      ]);
    }
    expect(byId(graph, "eu-west-1.web.dns.first.a.any")?.reason.summary).toBe(
      "web-eu-west-1-first.demo.example.com (IPv4) answers from web-any.demo.example.com while web in eu-west-1 fails its health check (failover secondary): its users go to the healthy region nearest them instead of getting no answer",
    );
  });

  it("latency and weighted: each region's record carries its health check, so a failed region drops out; no tree", () => {
    for (const routing of [{}, { policy: "weighted" }]) {
      const graph = regions(routing);
      const records = routed(graph);
      expect(
        records.map((n) => [n.id, n.props.healthCheckId?.ref, n.props.alias.evaluateTargetHealth]),
      ).toEqual([
        ["eu-west-1.web.dns.a", "edge.dns.health-check.web.eu-west-1", true],
        ["us-west-2.web.dns.a", "edge.dns.health-check.web.us-west-2", true],
        ["web.dns.a", "edge.dns.health-check.web.primary", true],
      ]);
    }
  });

  it("a tier behind CloudFront: each region's distribution on a name of its own, no routed records", () => {
    const graph = compileDoc({
      region: "us-east-1",
      regions: ["us-west-2"],
      tiers: [
        {
          name: "web",
          type: "web",
          edge: "cloudfront",
          trafficPattern: "steady",
          expectedRps: 100,
          connectsTo: ["db"],
        },
        { name: "db", type: "database", dataSizeGb: 50 },
      ],
    } as Partial<IntentInput>);
    expect(routed(graph)).toEqual([]);
    expect(ofKind(graph, "aws.route53.health_check")).toEqual([]);
    const records = ofKind(graph, "aws.route53.record").filter((n) => n.id.includes(".dns."));
    expect(records.map((n) => [n.id, (n.props as RecordProps).name])).toEqual([
      ["us-west-2.web.dns.a", "web-us-west-2.demo.example.com"],
      ["us-west-2.web.dns.aaaa", "web-us-west-2.demo.example.com"],
      ["web.dns.a", "demo.example.com"],
      ["web.dns.aaaa", "demo.example.com"],
    ]);
    expect(byId(graph, "us-west-2.web.distribution")?.props).toMatchObject({
      aliases: ["web-us-west-2.demo.example.com"],
    });
  });
});
