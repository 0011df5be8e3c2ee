import { describe, expect, it } from "vitest";
import { plan } from "idio-iac";
import { emitCloudFormation, emitMermaid, emitTerraform } from "@idio-iac/emitters";
import { renderPlanMarkdown } from "./plan-markdown.js";
import { planSections } from "./plan-sections.js";

function planOf(zone: string | undefined, description?: string) {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: shop",
    ...(description !== undefined ? [`description: ${JSON.stringify(description)}`] : []),
    "environment: development",
    "region: eu-west-1",
    "domain: shop.example.com",
    ...(zone !== undefined ? [`dns: { zone: ${zone} }`] : []),
    "tiers:",
    "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
    "  - { name: site, type: static-site, expectedRps: 5, dataSizeGb: 1 }",
    "",
  ].join("\n");
  const result = plan(text, { fileName: "intent.yaml", today: "2026-11-21" });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { plan: result.plan!, tiers: result.tiers! };
}

function planMarkdown(zone: string | undefined, description?: string): string {
  const { plan: p, tiers } = planOf(zone, description);
  return renderPlanMarkdown(
    p,
    tiers,
    emitMermaid(p.graph),
    { targets: ["terraform"], files: [] },
    planSections(p),
  );
}

function dnsSection(markdown: string): string {
  const start = markdown.indexOf("## DNS\n");
  expect(start).toBeGreaterThan(0);
  return markdown.slice(start, markdown.indexOf("\n## ", start + 1));
}

const HOSTS = [
  "| host name | record | points at |",
  "|---|---|---|",
  "| `shop.example.com` | A (alias) | load balancer `web.alb` |",
  "| `site.shop.example.com` | A (alias), AAAA (alias) | CloudFront distribution `site.distribution` |",
  "",
  "| tier | URL |",
  "|---|---|",
  "| web | `https://shop.example.com` |",
  "| site | `https://site.shop.example.com` |",
  "",
];

describe("plan.md DNS section", () => {
  it("a zone IDIO creates: the NS records to delegate, named by the outputs that hold them", () => {
    expect(dnsSection(planMarkdown(undefined)).split("\n")).toEqual([
      "## DNS",
      "",
      "| | |",
      "|---|---|",
      "| domain | `shop.example.com` |",
      "| zone | created by IDIO: `edge.dns.zone` |",
      "",
      "Delegate the domain to the new zone once: at the registrar (or in the parent zone), set its NS records to the name servers in the Terraform output `edge_dns_zone_name_servers` / the CloudFormation output `EdgeDnsZoneNameServers`. Certificates are validated in this zone, so they are issued only after the delegation.",
      "",
      ...HOSTS,
    ]);
  });

  it("an existing zone: its id, and the records IDIO creates in it", () => {
    expect(dnsSection(planMarkdown("Z0123456789ABCDEFGHIJ")).split("\n")).toEqual([
      "## DNS",
      "",
      "| | |",
      "|---|---|",
      "| domain | `shop.example.com` |",
      "| zone | existing hosted zone `Z0123456789ABCDEFGHIJ` |",
      "",
      "IDIO creates the certificate validation records and the host names in this zone.",
      "",
      ...HOSTS,
    ]);
  });

  it("DNS hosted elsewhere: the validation CNAMEs and the host names the user creates", () => {
    expect(dnsSection(planMarkdown("external")).split("\n")).toEqual([
      "## DNS",
      "",
      "| | |",
      "|---|---|",
      "| domain | `shop.example.com` |",
      "| zone | hosted outside Route 53 (`dns.zone: external`) |",
      "",
      "Create these records at your DNS provider. The deploy waits until each certificate is validated:",
      "",
      "- the validation CNAME of `edge.certificate.cloudfront`: in the Terraform output `edge_certificate_cloudfront_validation_records` / the CloudFormation output `EdgeCertificateCloudfrontValidationRecords`",
      "- the validation CNAME of `edge.certificate`: in the Terraform output `edge_certificate_validation_records` / the CloudFormation output `EdgeCertificateValidationRecords`",
      "- `shop.example.com`: a CNAME (an ALIAS or ANAME at the apex) to the load balancer `web.alb`, whose name is in the Terraform output `web_alb_dns_name` / the CloudFormation output `WebAlbDnsName`",
      "- `site.shop.example.com`: a CNAME (an ALIAS or ANAME at the apex) to the CloudFront distribution `site.distribution`, whose name is in the Terraform output `site_distribution_domain_name` / the CloudFormation output `SiteDistributionDomainName`",
      "",
      "| host name | record | points at |",
      "|---|---|---|",
      "| `shop.example.com` | at your DNS provider | load balancer `web.alb` |",
      "| `site.shop.example.com` | at your DNS provider | CloudFront distribution `site.distribution` |",
      "",
      ...HOSTS.slice(5),
    ]);
  });

  it.each([
    [undefined, ["edge_dns_zone_name_servers", "EdgeDnsZoneNameServers"]],
    [
      "external",
      [
        "edge_certificate_cloudfront_validation_records",
        "EdgeCertificateCloudfrontValidationRecords",
        "web_alb_dns_name",
        "WebAlbDnsName",
        "site_distribution_domain_name",
        "SiteDistributionDomainName",
      ],
    ],
  ])("names outputs the emitters really write (zone %s)", (zone, names) => {
    const { plan: p } = planOf(zone);
    const emitted = [...emitTerraform(p.graph), ...emitCloudFormation(p.graph)]
      .filter((f) => f.path.endsWith(".json"))
      .map((f) => f.contents)
      .join("\n");
    for (const name of names) expect(emitted).toContain(`"${name}"`);
  });

  it.each(["create", "external"])(
    "leaves the private names of internal tiers out (zone %s)",
    (zone) => {
      const result = plan(
        [
          "apiVersion: idio.dev/v1",
          "name: shop",
          "environment: development",
          "region: eu-west-1",
          "domain: shop.example.com",
          `dns: { zone: ${zone} }`,
          "tiers:",
          "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20, connectsTo: [api] }",
          "  - { name: api, type: api, trafficPattern: steady, expectedRps: 20 }",
          "",
        ].join("\n"),
        { fileName: "intent.yaml" },
      );
      const p = result.plan!;
      expect(p.graph.nodes.map((n) => n.id)).toContain("api.private-dns.a");
      const dns = planSections(p).dns!;
      expect(dns).not.toContain("api.shop.example.com");
      expect(dns).not.toContain("network.private.zone");
      expect(dns.split("\n").slice(-4, -1)).toEqual([
        "| tier | URL |",
        "|---|---|",
        "| web | `https://shop.example.com` |",
      ]);
      const diagram = emitMermaid(p.graph);
      const group = diagram.slice(
        diagram.indexOf('subgraph dns["'),
        diagram.indexOf("  end", diagram.indexOf('subgraph dns["')),
      );
      expect(group).not.toContain("private");
    },
  );

  it("is absent without a domain", () => {
    const result = plan(
      [
        "apiVersion: idio.dev/v1",
        "name: jobs",
        "environment: development",
        "region: eu-west-1",
        "tiers:",
        "  - { name: work, type: worker }",
        "",
      ].join("\n"),
      { fileName: "intent.yaml" },
    );
    expect(planSections(result.plan!).dns).toBeUndefined();
  });

  it("keeps a hostile description escaped next to the DNS section", () => {
    const markdown = planMarkdown("external", "<script>x</script> [a](javascript:1) \u001b[31m");
    expect(markdown).not.toContain("<script>");
    expect(markdown).not.toContain("\u001b");
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(dnsSection(markdown)).toContain("| domain | `shop.example.com` |");
  });
});

describe("plan.md without a domain", () => {
  it("lists the tiers served on CloudFront's own name and the outputs that will hold their URLs", () => {
    const text = [
      "apiVersion: idio.dev/v1",
      "name: shop",
      "environment: production",
      "tiers:",
      "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
      "",
    ].join("\n");
    const result = plan(text, { fileName: "intent.yaml", today: "2026-11-21" });
    const p = result.plan!;
    const markdown = renderPlanMarkdown(
      p,
      result.tiers!,
      emitMermaid(p.graph),
      { targets: ["terraform"], files: [] },
      planSections(p),
    );
    expect(dnsSection(markdown).split("\n")).toEqual([
      "## DNS",
      "",
      "No domain: each public tier is served over HTTPS on its CloudFront distribution's own name (`https://<id>.cloudfront.net`), known once the distribution exists.",
      "",
      "| tier | served by | URL after apply |",
      "|---|---|---|",
      "| web | CloudFront distribution `web.distribution` | the Terraform output `web_distribution_url` / the CloudFormation output `WebDistributionUrl` |",
      "",
      "To serve them on your own name, add `domain:` (and `dns.zone`) to the intent: each distribution then gets its host name and an ACM certificate, and each load balancer a certificate of its own, so the leg from CloudFront is encrypted too.",
      "",
    ]);
  });
});
