/**
 * Over the emitted Terraform of every example and every-kind fixture: HTTPS
 * listeners, CloudFront distributions and API Gateway custom domains take
 * their certificate only through
 * its `aws_acm_certificate_validation` (so they never receive one still
 * PENDING_VALIDATION), and every public entry point with a record in a known
 * zone has an output with its URL.
 */
import type { ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { dnsVariantSubjects } from "../test-support/dns-variants.js";
import { everyKindFixtures } from "../test-support/every-kind.js";
import { synthesizeCloudFormation } from "../cloudformation/emit-cloudformation.js";
import { terraformName } from "../names.js";
import { synthesizeTerraform } from "./emit-terraform.js";

type Resources = Record<string, Record<string, Record<string, unknown>>>;
interface Config {
  readonly resource: Resources;
  readonly output?: Record<string, { value: string }>;
}

const subjects: { name: string; graph: ResourceGraph }[] = [
  ...compiledExamples().map((e) => ({ name: `examples/${e.name}`, graph: e.graph })),
  ...everyKindFixtures().map((f) => ({ name: `every-kind/${f.name}`, graph: f.graph })),
  ...dnsVariantSubjects().map((v) => ({ name: v.label, graph: v.graph })),
];
const configs = new Map(
  subjects.map((s) => [s.name, synthesizeTerraform(s.graph).config as unknown as Config]),
);

const VALIDATED = /^\$\{aws_acm_certificate_validation\.[a-z0-9_-]+\.certificate_arn\}$/;

/** Every certificate ARN a listener or distribution is given, with where. */
function certificateUses(config: Config): { where: string; arn: string }[] {
  const uses: { where: string; arn: string }[] = [];
  for (const [name, listener] of Object.entries(config.resource.aws_lb_listener ?? {})) {
    if (listener.certificate_arn !== undefined)
      uses.push({ where: `aws_lb_listener.${name}`, arn: String(listener.certificate_arn) });
  }
  for (const [name, distribution] of Object.entries(
    config.resource.aws_cloudfront_distribution ?? {},
  )) {
    const viewer = distribution.viewer_certificate as { acm_certificate_arn?: string } | undefined;
    if (viewer?.acm_certificate_arn !== undefined)
      uses.push({
        where: `aws_cloudfront_distribution.${name}`,
        arn: viewer.acm_certificate_arn,
      });
  }
  for (const [name, domain] of Object.entries(config.resource.aws_apigatewayv2_domain_name ?? {})) {
    const configuration = domain.domain_name_configuration as { certificate_arn: string };
    uses.push({
      where: `aws_apigatewayv2_domain_name.${name}`,
      arn: configuration.certificate_arn,
    });
  }
  return uses;
}

describe("certificates are used only once validated", () => {
  it.each(subjects.map((s) => s.name))("%s", (name) => {
    for (const use of certificateUses(configs.get(name)!)) {
      expect(use.arn, use.where).toMatch(VALIDATED);
    }
  });

  it("is checked on real uses: HTTPS listeners, distributions and custom domains exist", () => {
    const all = [...configs.values()].flatMap(certificateUses);
    expect(all.some((u) => u.where.startsWith("aws_lb_listener."))).toBe(true);
    expect(all.some((u) => u.where.startsWith("aws_cloudfront_distribution."))).toBe(true);
    expect(certificateUses(configs.get("examples/serverless-api")!).map((u) => u.where)).toEqual([
      "aws_apigatewayv2_domain_name.api_http-api_domain",
    ]);
  });

  it("validates through a Route 53 record in the zone when the zone is known", () => {
    const config = configs.get("every-kind/regional")!;
    const records = config.resource.aws_route53_record ?? {};
    const validation = config.resource.aws_acm_certificate_validation ?? {};
    expect(Object.keys(validation)).toEqual(["edge_certificate_validation"]);
    expect(validation.edge_certificate_validation!.validation_record_fqdns).toEqual([
      "${aws_route53_record.edge_certificate_validation.fqdn}",
    ]);
    // An existing zone is taken by id: no zone resource, no data source.
    expect(records.edge_certificate_validation!.zone_id).toBe("Z0123456789ABCDEFGHIJ");
    expect(config.resource.aws_route53_zone).toBeUndefined();
  });
});

/** Public entry points: internet-facing load balancers in the primary region, distributions, API custom domains. */
function publicEntryPoints(graph: ResourceGraph): string[] {
  return graph.nodes
    .filter(
      (n) =>
        (n.kind === "aws.elbv2.load_balancer" &&
          (n.props as { internal: boolean }).internal === false &&
          n.region !== "dr") ||
        n.kind === "aws.cloudfront.distribution" ||
        n.kind === "aws.apigatewayv2.domain_name",
    )
    .map((n) => n.id);
}

describe("every public tier has a URL output", () => {
  const withZones = subjects.filter((s) =>
    s.graph.nodes.some((n) => n.kind === "aws.route53.record"),
  );

  it("covers examples with a domain", () => {
    expect(withZones.map((s) => s.name)).toContain("examples/ecommerce-platform");
    expect(withZones.map((s) => s.name)).toContain("examples/static-website");
    expect(withZones.map((s) => s.name)).toContain("examples/serverless-api");
  });

  it.each(withZones.map((s) => s.name))("%s", (name) => {
    const graph = subjects.find((s) => s.name === name)!.graph;
    const config = configs.get(name)!;
    const records = config.resource.aws_route53_record ?? {};
    const outputs = Object.values(config.output ?? {}).map((o) => o.value);
    const cfnOutputs = synthesizeCloudFormation(graph).stacks.flatMap((stack) =>
      Object.values(
        (stack.template as { Outputs?: Record<string, { Value: unknown }> }).Outputs ?? {},
      ).map((o) => JSON.stringify(o.Value)),
    );
    const entries = publicEntryPoints(graph);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const address = terraformName(entry);
      const aliases = Object.entries(records).filter(([, r]) => {
        const alias = r.alias as { name: string } | undefined;
        return r.type === "A" && alias !== undefined && alias.name.includes(`.${address}.`);
      });
      // Served from several sites, the entry's URL is its site's own name (the routed name has one output).
      const record =
        aliases.find(([recordName]) =>
          outputs.includes(`https://\${aws_route53_record.${recordName}.fqdn}`),
        ) ?? aliases[0];
      expect(record, `A record for ${entry}`).toBeDefined();
      const [recordName] = record!;
      expect(outputs, `Terraform URL output for ${entry}`).toContain(
        `https://\${aws_route53_record.${recordName}.fqdn}`,
      );
      const recordNode = graph.nodes.find((n) => terraformName(n.id) === recordName)!;
      const logicalId = recordNode.id
        .split(/[^a-zA-Z0-9]+/)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join("");
      expect(cfnOutputs, `CloudFormation URL output for ${entry}`).toContain(
        JSON.stringify({ "Fn::Join": ["", ["https://", { Ref: logicalId }]] }),
      );
    }
  });
});

describe("without a domain, every distribution's URL is an output on CloudFront's name", () => {
  const withoutDomain = subjects.filter(
    (s) =>
      !s.graph.nodes.some((n) => n.kind === "aws.acm.certificate") &&
      s.graph.nodes.some((n) => n.kind === "aws.cloudfront.vpc_origin"),
  );

  it("covers the no-domain variants of the web/api examples and a warm standby", () => {
    expect(withoutDomain.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "ecommerce-platform-no-domain",
        "healthcare-hipaa-no-domain",
        "edge-standby",
      ]),
    );
  });

  it.each(withoutDomain.map((s) => s.name))("%s", (name) => {
    const graph = subjects.find((s) => s.name === name)!.graph;
    const config = configs.get(name)!;
    const outputs = Object.values(config.output ?? {}).map((o) => o.value);
    // No load balancer faces the internet: CloudFront is the only way in.
    expect(publicEntryPoints(graph).filter((id) => id.endsWith(".alb"))).toEqual([]);
    const distributions = graph.nodes.filter((n) => n.kind === "aws.cloudfront.distribution");
    expect(distributions.length).toBeGreaterThan(0);
    for (const distribution of distributions) {
      expect(outputs, `URL output for ${distribution.id}`).toContain(
        `https://\${aws_cloudfront_distribution.${terraformName(distribution.id)}.domain_name}`,
      );
    }
  });
});
