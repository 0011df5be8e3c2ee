import type { IntentInput } from "@idio-iac/intent-schema";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

const TIERS = [
  { name: "web", type: "web", trafficPattern: "steady", expectedRps: 100, connectsTo: ["api"] },
  { name: "api", type: "api", trafficPattern: "steady", expectedRps: 100, connectsTo: ["db"] },
  { name: "db", type: "database", dataSizeGb: 50 },
] as IntentInput["tiers"];

function compileDoc(overrides: Partial<IntentInput>) {
  const result = compile(resolveIntent(baseDocument({ tiers: TIERS, ...overrides })));
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { graph: result.graph!, diagnostics: result.diagnostics };
}

const byId = (graph: ResourceGraph, id: string): GraphNode => {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const ids = (graph: ResourceGraph, kind: string) =>
  graph.nodes.filter((n) => n.kind === kind).map((n) => n.id);

describe("HTTPS without a domain: CloudFront in front of an internal load balancer", () => {
  const { graph, diagnostics } = compileDoc({ domain: undefined, compliance: ["pci-dss"] });

  it("keeps the load balancer off the internet, listening on HTTP only", () => {
    expect(byId(graph, "web.alb").props).toMatchObject({ internal: true });
    expect(
      (byId(graph, "web.alb").props as unknown as { subnetIds: { ref: string }[] }).subnetIds.map(
        (s) => s.ref,
      ),
    ).toEqual(["network.subnet.private.a", "network.subnet.private.b"]);
    expect(ids(graph, "aws.elbv2.listener").filter((id) => id.startsWith("web."))).toEqual([
      "web.alb.listener.http",
    ]);
    expect(byId(graph, "web.alb.listener.http").props).toMatchObject({
      port: 80,
      protocol: "HTTP",
      defaultAction: { type: "forward" },
    });
    // No rule admits the internet; the VPC origin's subnets may reach port 80.
    const ingress = graph.nodes.filter(
      (n) =>
        n.kind === "aws.ec2.security_group_ingress" &&
        (n.props as { securityGroupId: { ref: string } }).securityGroupId.ref === "web.alb.sg",
    );
    expect(ingress.map((n) => [n.id, n.props])).toEqual([
      [
        "web.alb.sg.ingress.cloudfront-a",
        expect.objectContaining({ cidrIpv4: "10.0.16.0/20", fromPort: 80, toPort: 80 }),
      ],
      [
        "web.alb.sg.ingress.cloudfront-b",
        expect.objectContaining({ cidrIpv4: "10.0.32.0/20", fromPort: 80, toPort: 80 }),
      ],
    ]);
    // The regional web ACL is not associated with an internal load balancer: CloudFront's guards it.
    expect(ids(graph, "aws.wafv2.web_acl_association")).toEqual([]);
  });

  it("serves viewers through a VPC origin on CloudFront's own name and certificate", () => {
    expect(byId(graph, "web.vpc-origin").props).toEqual({
      name: "demo-prod-web",
      loadBalancerArn: { ref: "web.alb", attr: "arn" },
      originProtocolPolicy: "http-only",
    });
    expect(byId(graph, "web.distribution").props).toMatchObject({
      origin: {
        type: "vpc-origin",
        domainName: { ref: "web.alb", attr: "dnsName" },
        vpcOriginId: { ref: "web.vpc-origin", attr: "id" },
      },
      viewerProtocolPolicy: "redirect-to-https",
      cachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
      originRequestPolicyId: "216adef6-5c7f-47e4-b989-5492eafa07d3",
      aliases: [],
      webAclArn: { ref: "edge.waf.cloudfront", attr: "arn" },
    });
    expect(byId(graph, "web.distribution").props).not.toHaveProperty("certificateArn");
    expect(ids(graph, "aws.acm.certificate")).toEqual([]);
    expect(ids(graph, "aws.route53.record")).toEqual([]);
  });

  it("says what it did: the URL form at the public tier, plain HTTP at the internal one", () => {
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      [CompileCode.ServedOnCloudFrontName, "/tiers/0"],
      [CompileCode.PlainHttpInsideVpc, "/tiers/1"],
    ]);
    expect(diagnostics[0]!.message).toContain("https://<distribution>.cloudfront.net");
    expect(diagnostics[1]!.message).toContain("web calls it over plain HTTP");
    // The caller reaches the internal API by its load balancer's name, over HTTP.
    const task = byId(graph, "web.task").props as unknown as {
      container: { environment: { name: string; value: unknown }[] };
    };
    expect(task.container.environment.find((e) => e.name === "API_URL")?.value).toEqual({
      join: ["http://", { ref: "api.alb", attr: "dnsName" }],
    });
  });
});

describe("edge: cloudfront on a tier that has a domain (us-east-1: the regional certificate serves CloudFront too)", () => {
  const tiers = TIERS.map((tier) => (tier.name === "web" ? { ...tier, edge: "cloudfront" } : tier));
  const { graph, diagnostics } = compileDoc({ tiers } as Partial<IntentInput>);

  it("speaks HTTPS on every leg and names the distribution, not the load balancer", () => {
    expect(diagnostics.filter((d) => d.code.startsWith("IDIO42"))).toEqual([]);
    expect(byId(graph, "web.alb").props).toMatchObject({ internal: true });
    expect(ids(graph, "aws.elbv2.listener").filter((id) => id.startsWith("web."))).toEqual([
      "web.alb.listener.https",
    ]);
    expect(byId(graph, "web.vpc-origin").props).toMatchObject({
      originProtocolPolicy: "https-only",
    });
    expect(byId(graph, "web.distribution").props).toMatchObject({
      aliases: ["demo.example.com"],
      certificateArn: { ref: "edge.certificate.validation", attr: "certificateArn" },
    });
    expect(ids(graph, "aws.route53.record").filter((id) => id.startsWith("web."))).toEqual([
      "web.dns.a",
      "web.dns.aaaa",
    ]);
    expect(byId(graph, "web.dns.a").props).toMatchObject({
      name: "demo.example.com",
      alias: { name: { ref: "web.distribution", attr: "domainName" } },
      url: "https://demo.example.com",
    });
  });
});

describe("a warm standby without a domain", () => {
  const { graph } = compileDoc({ domain: undefined, availability: "99.999" });

  it("gets its own distribution in front of its own internal load balancer", () => {
    expect(byId(graph, "dr.web.alb").props).toMatchObject({ internal: true });
    expect(byId(graph, "dr.web.vpc-origin").props).toMatchObject({
      loadBalancerArn: { ref: "dr.web.alb", attr: "arn" },
    });
    expect(byId(graph, "dr.web.distribution")).toMatchObject({
      region: "dr",
      props: { aliases: [], comment: "demo-prod-web warm standby" },
    });
  });
});
