import type { ResourceGraph } from "@idio-iac/graph";
import { compileText } from "./compiled-examples.js";

/**
 * Intents the examples and every-kind fixtures leave out: DNS hosted outside
 * Route 53 (`dns.zone: external`), with a public load balancer and a
 * CloudFront distribution whose certificate is an edge node; and a warm
 * standby whose web tier calls an internal api tier by its private name in
 * both regions.
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
  return [
    { label: "dns-external", graph: compileText(text, "dns-external.yaml").graph },
    { label: "dns-private-dr", graph: compileText(privateDr, "dns-private-dr.yaml").graph },
  ];
}
