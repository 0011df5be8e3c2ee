import { describe, expect, it } from "vitest";
import {
  emitCloudFormation,
  synthesizeCloudFormation,
} from "./cloudformation/emit-cloudformation.js";
import { emitTerraform, synthesizeTerraform } from "./terraform/emit-terraform.js";
import { compileText } from "./test-support/compiled-examples.js";

function intent(zone: string): string {
  return [
    "apiVersion: idio.dev/v1",
    "name: shop",
    "environment: development",
    "region: eu-west-1",
    "domain: shop.example.com",
    `dns: { zone: ${zone} }`,
    "tiers:",
    "  - { name: site, type: static-site, expectedRps: 5, dataSizeGb: 1 }",
    "",
  ].join("\n");
}

const readmeOf = (files: { path: string; contents: string }[]) =>
  files.find((f) => f.path.endsWith("README.md"))!.contents;

describe("DNS hosted elsewhere (dns.zone: external)", () => {
  const { graph } = compileText(intent("external"), "intent.yaml");

  it("outputs the validation CNAME and waits for it, with no zone and no record", () => {
    const config = synthesizeTerraform(graph).config as unknown as {
      resource: Record<string, Record<string, Record<string, unknown>>>;
      output: Record<string, { value: string }>;
    };
    expect(config.resource.aws_route53_zone).toBeUndefined();
    expect(config.resource.aws_route53_record).toBeUndefined();
    expect(config.resource.aws_acm_certificate_validation).toEqual({
      edge_certificate_cloudfront_validation: expect.objectContaining({
        certificate_arn: "${aws_acm_certificate.edge_certificate_cloudfront.arn}",
      }),
    });
    expect(
      config.resource.aws_acm_certificate_validation!.edge_certificate_cloudfront_validation,
    ).not.toHaveProperty("validation_record_fqdns");
    expect(config.output.edge_certificate_cloudfront_validation_records!.value).toBe(
      "${aws_acm_certificate.edge_certificate_cloudfront.domain_validation_options}",
    );
    const readme = readmeOf(emitTerraform(graph));
    expect(readme).toContain("## DNS");
    expect(readme).toContain(
      "- `edge.certificate.cloudfront.validation`: `terraform output edge_certificate_cloudfront_validation_records`",
    );
  });

  it("CloudFormation: the certificate has no HostedZoneId, the README says where the CNAME is", () => {
    const edge = synthesizeCloudFormation(graph).stacks.find((s) => s.stack === "edge")!;
    const certificate = (
      edge.template.Resources as Record<string, { Properties: Record<string, unknown> }>
    ).EdgeCertificateCloudfront!;
    expect(certificate.Properties.DomainValidationOptions).toBeUndefined();
    expect(readmeOf(emitCloudFormation(graph))).toContain(
      "the output `EdgeCertificateCloudfrontValidationRecords` of the edge stack",
    );
  });
});

describe("a zone IDIO creates", () => {
  const { graph } = compileText(intent("create"), "intent.yaml");

  it("tells how to delegate the domain to it, and lists the records", () => {
    const readme = readmeOf(emitTerraform(graph));
    expect(readme).toContain(
      "IDIO creates the public hosted zone `shop.example.com`. Delegate the domain to it once: at the registrar (or in the parent zone) set its NS records to the name servers in `terraform output edge_dns_zone_name_servers`.",
    );
    expect(readme).toContain("| `shop.example.com` | AAAA (alias) | `site.distribution` |");
    const cfn = synthesizeCloudFormation(graph).stacks.find((s) => s.stack === "edge")!;
    const certificate = (
      cfn.template.Resources as Record<string, { Properties: Record<string, unknown> }>
    ).EdgeCertificateCloudfront!;
    expect(certificate.Properties.DomainValidationOptions).toEqual([
      { DomainName: "shop.example.com", HostedZoneId: { Ref: "EdgeDnsZone" } },
      { DomainName: "*.shop.example.com", HostedZoneId: { Ref: "EdgeDnsZone" } },
    ]);
  });
});

describe("no domain", () => {
  const { graph } = compileText(
    [
      "apiVersion: idio.dev/v1",
      "name: shop",
      "environment: production",
      "tiers:",
      "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
      "",
    ].join("\n"),
    "intent.yaml",
  );

  it("says where each tier will answer: the distribution's URL output, in both READMEs", () => {
    const terraform = readmeOf(emitTerraform(graph));
    expect(terraform).toContain("- `web.distribution`: `terraform output web_distribution_url`\n");
    const cloudFormation = readmeOf(emitCloudFormation(graph));
    expect(cloudFormation).toMatch(/- `web\.distribution`: .*WebDistributionUrl/);
  });
});
