import type { IntentInput } from "@idio-iac/intent-schema";
import { parseIntent } from "@idio-iac/intent-schema";
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

describe("DNS for the intent's domain", () => {
  it("creates a zone by default, validates the certificate in it and names the public load balancer", () => {
    const graph = compileDoc({});
    expect(byId(graph, "edge.dns.zone")?.props).toEqual({
      name: "demo.example.com",
      comment: "Public zone for demo.example.com, managed by IDIO",
    });
    expect(byId(graph, "edge.certificate")?.props).toMatchObject({
      validationZoneId: { ref: "edge.dns.zone", attr: "id" },
    });
    expect(byId(graph, "edge.certificate.validation")?.props).toEqual({
      certificateArn: { ref: "edge.certificate", attr: "arn" },
      zoneId: { ref: "edge.dns.zone", attr: "id" },
    });
    expect(byId(graph, "web.alb.listener.https")?.props).toMatchObject({
      certificateArn: { ref: "edge.certificate.validation", attr: "certificateArn" },
    });
    // An IPv4-only load balancer gets an A record only.
    expect(ofKind(graph, "aws.route53.record").map((n) => n.id)).toEqual(["web.dns.a"]);
    expect(byId(graph, "web.dns.a")?.props).toEqual({
      zoneId: { ref: "edge.dns.zone", attr: "id" },
      name: "demo.example.com",
      type: "A",
      alias: {
        name: { ref: "web.alb", attr: "dnsName" },
        zoneId: { ref: "web.alb", attr: "zoneId" },
        evaluateTargetHealth: false,
      },
      url: "https://demo.example.com",
    });
  });

  it("uses an existing zone by id, with no zone resource", () => {
    const graph = compileDoc({
      dns: { zone: "Z0ABCDEF123" },
    } as Partial<IntentInput>);
    expect(ofKind(graph, "aws.route53.zone")).toEqual([]);
    expect(byId(graph, "edge.certificate.validation")?.props).toMatchObject({
      zoneId: "Z0ABCDEF123",
    });
    expect(byId(graph, "web.dns.a")?.props).toMatchObject({ zoneId: "Z0ABCDEF123" });
    expect(byId(graph, "web.dns.a")?.reason.pointers).toContain("/dns/zone");
  });

  it("with DNS hosted elsewhere, only waits for validation: no zone, no records", () => {
    const graph = compileDoc({ dns: { zone: "external" } } as Partial<IntentInput>);
    expect(ofKind(graph, "aws.route53.zone")).toEqual([]);
    expect(ofKind(graph, "aws.route53.record")).toEqual([]);
    expect(byId(graph, "edge.certificate.validation")?.props).toEqual({
      certificateArn: { ref: "edge.certificate", attr: "arn" },
    });
    expect(byId(graph, "edge.certificate")?.props).not.toHaveProperty("validationZoneId");
  });

  it("gives a CloudFront distribution A and AAAA records with its own alias zone", () => {
    const graph = compileDoc({
      tiers: [{ name: "site", type: "static-site", expectedRps: 5, dataSizeGb: 1 }],
    } as Partial<IntentInput>);
    expect(ofKind(graph, "aws.route53.record").map((n) => n.id)).toEqual([
      "site.dns.a",
      "site.dns.aaaa",
    ]);
    expect(byId(graph, "site.dns.aaaa")?.props).toMatchObject({
      type: "AAAA",
      alias: {
        name: { ref: "site.distribution", attr: "domainName" },
        zoneId: { ref: "site.distribution", attr: "hostedZoneId" },
      },
    });
    expect(byId(graph, "site.distribution")?.props).toMatchObject({
      certificateArn: { ref: "edge.certificate.validation", attr: "certificateArn" },
    });
  });
});

describe("dns.zone in the intent", () => {
  it("refuses a malformed hosted zone id with a located diagnostic", () => {
    const text = [
      "apiVersion: idio.dev/v1",
      "name: demo",
      "environment: development",
      "domain: demo.example.com",
      "dns:",
      "  zone: z-not-an-id",
      "tiers:",
      "  - { name: site, type: static-site, expectedRps: 5, dataSizeGb: 1 }",
      "",
    ].join("\n");
    const parsed = parseIntent(text, "intent.yaml");
    expect(parsed.intent).toBeUndefined();
    expect(
      parsed.diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column, d.message]),
    ).toEqual([
      [
        "IDIO205",
        "error",
        "intent.yaml",
        6,
        9,
        '"z-not-an-id" is not in the required form (dns.zone).',
      ],
    ]);
  });
});
