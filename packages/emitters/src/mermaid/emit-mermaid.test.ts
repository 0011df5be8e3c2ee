import { describe, expect, it } from "vitest";
import { compileText, exampleGraph } from "../test-support/compiled-examples.js";
import { everyKindGraph } from "../test-support/every-kind.js";
import { emitMermaid } from "./emit-mermaid.js";

describe("emitMermaid", () => {
  // The every-kind fixture's global part: VPC layers, a DR region and edge nodes.
  const graph = everyKindGraph("global");
  const diagram = emitMermaid(graph);
  const lines = diagram.split("\n");

  it("is a deterministic flowchart with balanced subgraphs", () => {
    expect(emitMermaid(structuredClone(graph))).toBe(diagram);
    expect(lines[0]).toBe("flowchart TB");
    const opened = lines.filter((line) => /^\s*subgraph /.test(line)).length;
    const closed = lines.filter((line) => /^\s*end$/.test(line)).length;
    expect(opened).toBe(closed);
  });

  it("groups the VPC by network layer and each layer by tier", () => {
    const layer = (name: string) => lines.findIndex((line) => line.includes(`["${name} subnets"]`));
    expect(layer("public")).toBeGreaterThan(0);
    expect(layer("private")).toBeGreaterThan(layer("public"));
    expect(layer("isolated")).toBeGreaterThan(layer("private"));
    const privateBlock = lines.slice(layer("private"), layer("isolated")).join("\n");
    expect(privateBlock).toContain('["tier web"]');
    expect(privateBlock).toContain("n_web_service[");
    const isolatedBlock = lines.slice(layer("isolated")).join("\n");
    expect(isolatedBlock).toContain("n_db_cluster[(");
    // A cluster instance sits with its cluster.
    expect(isolatedBlock.indexOf("n_db_writer")).toBeLessThan(
      isolatedBlock.indexOf("Regional services"),
    );
  });

  it("draws every shown node once, leaves out rule-level plumbing, and keeps it readable", () => {
    const boxes = lines.filter((line) => /^\s+n_[A-Za-z0-9_]+[[({]/.test(line));
    const ids = boxes.map((line) => line.trim().split(/[[({]/)[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(graph.nodes.map((node) => node.id)).toContain("web.sg.ingress.alb");
    expect(diagram).not.toContain("web.sg.ingress.alb");
    expect(diagram).not.toContain("network.route-table-association.public.a");
    expect(boxes.length).toBeLessThan(graph.nodes.length);
  });

  it("shows where requests enter and the DR region apart", () => {
    expect(lines).toContain("  users --> n_site_distribution");
    expect(lines).toContain("  users --> n_web_alb");
    expect(emitMermaid(everyKindGraph("regional")).split("\n")).toContain(
      "  users --> n_api_http_api",
    );
    expect(diagram).toContain('subgraph dr_region["DR region eu-central-1"]');
    expect(diagram).toContain("n_uploads_bucket -. replicates .-> n_dr_uploads_bucket");
  });

  it("draws CloudFront in front of an internal load balancer at the edge, outside the VPC", () => {
    const regional = emitMermaid(everyKindGraph("regional")).split("\n");
    const edgeStart = regional.indexOf('  subgraph edge["Edge"]');
    const edgeEnd = regional.indexOf("  end", edgeStart);
    const edgeGroup = regional.slice(edgeStart, edgeEnd);
    expect(edgeGroup.some((line) => /^ {4}n_app_distribution\W/.test(line))).toBe(true);
    expect(edgeGroup.some((line) => /^ {4}n_app_vpc_origin\W/.test(line))).toBe(true);
    expect(regional).toContain("  users --> n_app_distribution");
    expect(regional).toContain("  n_app_vpc_origin --> n_app_alb");
    expect(regional).not.toContain("  users --> n_app_alb");
  });

  it("draws edge nodes in a us-east-1 group, wired to their distribution", () => {
    const start = lines.indexOf('  subgraph edge_region["us-east-1 (CloudFront)"]');
    expect(start).toBeGreaterThan(-1);
    // The group also holds what else lives in us-east-1 (Route 53 health checks and their alarms).
    const group = lines.slice(start + 1, lines.indexOf("  end", start));
    const ids = group.map((line) => /^ {4}(n_\w+)\W/.exec(line)?.[1]);
    expect(ids.filter((id) => id?.includes("cloudfront"))).toEqual([
      "n_edge_certificate_cloudfront",
      "n_edge_certificate_cloudfront_validation",
      "n_edge_waf_cloudfront",
    ]);
    expect(ids.every((id) => id?.startsWith("n_edge_"))).toBe(true);
    expect(lines).toContain("  n_site_distribution --> n_edge_certificate_cloudfront_validation");
  });

  it("draws the public zone and its records as a DNS group, each record wired to what it names", () => {
    const start = lines.indexOf('  subgraph dns["DNS zone www.kitchen.example"]');
    // Each site's routed record (web.dns.a, dr.web.dns.a) and its own name (…dns.site.a).
    expect(lines.slice(start, start + 9)).toEqual([
      '  subgraph dns["DNS zone www.kitchen.example"]',
      '    n_edge_dns_zone(["edge.dns.zone<br/><small>route53 zone</small>"])',
      '    n_dr_web_dns_a(["dr.web.dns.a<br/><small>route53 record</small>"])',
      '    n_dr_web_dns_site_a(["dr.web.dns.site.a<br/><small>route53 record</small>"])',
      '    n_site_dns_a(["site.dns.a<br/><small>route53 record</small>"])',
      '    n_site_dns_aaaa(["site.dns.aaaa<br/><small>route53 record</small>"])',
      '    n_web_dns_a(["web.dns.a<br/><small>route53 record</small>"])',
      '    n_web_dns_site_a(["web.dns.site.a<br/><small>route53 record</small>"])',
      "  end",
    ]);
    expect(lines).toContain('  n_dr_web_dns_a -->|"web.www.kitchen.example"| n_dr_web_alb');
    expect(lines).toContain('  n_site_dns_a -->|"www.kitchen.example"| n_site_distribution');
    expect(lines).toContain('  n_site_dns_aaaa -->|"www.kitchen.example"| n_site_distribution');
    expect(lines).toContain('  n_web_dns_a -->|"web.www.kitchen.example"| n_web_alb');
    expect(lines).toContain(
      "  n_edge_certificate_cloudfront_validation -. validated in .-> n_edge_dns_zone",
    );
    // Inside the group a record needs no arrow to its zone.
    expect(diagram).not.toMatch(/n_\w+_dns_aa?a? --> n_edge_dns_zone/);
  });

  it("names an existing zone by its id and draws no group when DNS is hosted elsewhere", () => {
    const intent = (zone: string) =>
      [
        "apiVersion: idio.dev/v1",
        "name: shop",
        "environment: development",
        "region: eu-west-1",
        "domain: shop.example.com",
        `dns: { zone: ${zone} }`,
        "tiers:",
        "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
        "",
      ].join("\n");
    const existing = emitMermaid(compileText(intent("Z0123456789ABCDEFGHIJ"), "i.yaml").graph);
    expect(existing).toContain(
      [
        '  subgraph dns["DNS zone Z0123456789ABCDEFGHIJ"]',
        '    n_web_dns_a(["web.dns.a<br/><small>route53 record</small>"])',
        "  end",
      ].join("\n"),
    );
    expect(existing).toContain('  n_web_dns_a -->|"shop.example.com"| n_web_alb');
    const external = emitMermaid(compileText(intent("external"), "i.yaml").graph);
    expect(external).not.toContain("subgraph dns");
    expect(external).not.toContain("route53");
  });

  it("works for a graph without a VPC", () => {
    const small = emitMermaid(exampleGraph("static-website"));
    expect(small).not.toContain("VPC");
    expect(small).toContain("users --> n_site_distribution");
  });
});
