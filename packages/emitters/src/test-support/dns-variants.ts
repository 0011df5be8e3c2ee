import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import type { ResourceGraph } from "@idio-iac/graph";
import { DESIGN_INTENT } from "@idio-iac/testing";
import { compileText, EXAMPLES_DIR } from "./compiled-examples.js";

/** The examples with web or api tiers and a domain: each is also compiled without it. */
export const NO_DOMAIN_EXAMPLES = [
  "custom-policy",
  "ecommerce-platform",
  "global-ecommerce",
  "healthcare-hipaa",
  "serverless-api",
] as const;

/** An example's intent with `domain` and `dns` removed (public tiers then sit behind CloudFront). */
export function withoutDomain(name: string): string {
  const document = parseDocument(readFileSync(join(EXAMPLES_DIR, name, "intent.yaml"), "utf8"));
  document.delete("domain");
  document.delete("dns");
  return document.toString();
}

/**
 * Intents the examples and every-kind fixtures leave out: DNS hosted outside
 * Route 53 (`dns.zone: external`), with a public load balancer and a
 * CloudFront distribution whose certificate is an edge node; and a warm
 * standby whose web tier calls an internal api tier by its private name in
 * both regions; HTTPS without a domain (every web/api example without its
 * domain, and a warm standby), and CloudFront chosen in front of a tier that
 * has a domain outside us-east-1 (its certificate an edge node, a standby
 * distribution on `web-dr.<domain>`); and the original design's intent as
 * written (issue 13).
 */
export function dnsVariantSubjects(): { label: string; graph: ResourceGraph }[] {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: dns-external",
    "environment: development",
    "region: eu-west-1",
    "domain: shop.example.com",
    "dns: { zone: external }",
    "tiers:",
    "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
    "  - { name: site, type: static-site, expectedRps: 5, dataSizeGb: 1 }",
    "",
  ].join("\n");
  const privateDr = [
    "apiVersion: idio.dev/v1",
    "name: dns-private",
    "environment: production",
    "region: us-east-1",
    'availability: "99.999"',
    "domain: shop.example.com",
    "disasterRecovery: { drRegion: us-west-2 }",
    "tiers:",
    "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20, connectsTo: [api] }",
    "  - { name: api, type: api, trafficPattern: steady, expectedRps: 20, public: false }",
    "",
  ].join("\n");
  const noDomainStandby = [
    "apiVersion: idio.dev/v1",
    "name: edge-standby",
    "environment: production",
    "region: us-east-1",
    'availability: "99.999"',
    "disasterRecovery: { drRegion: us-west-2 }",
    "compliance: [pci-dss]",
    "tiers:",
    "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20, connectsTo: [api] }",
    "  - { name: api, type: api, trafficPattern: steady, expectedRps: 20, public: false }",
    "",
  ].join("\n");
  const edgeWithDomain = [
    "apiVersion: idio.dev/v1",
    "name: edge-domain",
    "environment: production",
    "region: eu-west-1",
    'availability: "99.999"',
    "domain: shop.example.com",
    "tiers:",
    "  - { name: web, type: web, edge: cloudfront, trafficPattern: steady, expectedRps: 20 }",
    "",
  ].join("\n");
  return [
    { label: "dns-external", graph: compileText(text, "dns-external.yaml").graph },
    { label: "dns-private-dr", graph: compileText(privateDr, "dns-private-dr.yaml").graph },
    { label: "edge-standby", graph: compileText(noDomainStandby, "edge-standby.yaml").graph },
    { label: "edge-domain", graph: compileText(edgeWithDomain, "edge-domain.yaml").graph },
    {
      label: "design-intent-issue-13",
      graph: compileText(DESIGN_INTENT, "design-intent-issue-13.yaml").graph,
    },
    ...NO_DOMAIN_EXAMPLES.map((name) => ({
      label: `${name}-no-domain`,
      graph: compileText(withoutDomain(name), `${name}-no-domain.yaml`).graph,
    })),
  ];
}
