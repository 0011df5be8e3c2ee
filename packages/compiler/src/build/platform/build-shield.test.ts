import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function withShield(shieldAdvanced: boolean, overrides: Partial<IntentInput> = {}) {
  return resolveIntent(
    baseDocument({
      region: "eu-west-1",
      tiers: [
        { name: "web", type: "web", expectedRps: 100, edge: "none", connectsTo: [] },
        { name: "api", type: "api", expectedRps: 100, edge: "cloudfront" },
      ],
      security: { shieldAdvanced },
      ...overrides,
    } as Partial<IntentInput>),
  );
}

describe("security.shieldAdvanced", () => {
  it("protects every internet-facing load balancer, distribution and public zone, and warns about the subscription", () => {
    const result = compile(withShield(true));
    const protections = result.graph!.nodes.filter((n) => n.kind === "aws.shield.protection");
    expect(Object.fromEntries(protections.map((n) => [n.id, [n.region, n.props]]))).toEqual({
      "api.distribution.shield": [
        "primary",
        {
          name: "demo-prod-api-distribution-shield",
          resourceArn: { ref: "api.distribution", attr: "arn" },
        },
      ],
      "edge.dns.zone.shield": [
        "primary",
        {
          name: "demo-prod-dns-zone-shield",
          resourceArn: {
            join: ["arn:aws:route53:::hostedzone/", { ref: "edge.dns.zone", attr: "id" }],
          },
        },
      ],
      "web.alb.shield": [
        "primary",
        { name: "demo-prod-web-alb-shield", resourceArn: { ref: "web.alb", attr: "arn" } },
      ],
    });
    const warning = result.diagnostics.find((d) => d.code === "IDIO443");
    expect(warning).toMatchObject({
      severity: "warning",
      path: "/security/shieldAdvanced",
      message:
        "Shield Advanced protects 3 resources only once the AWS account subscribes to it: the subscription is account-wide, costs US$3,000 a month with a one-year commitment (plus data transfer out of protected resources), and IDIO does not create it",
    });
  });

  it("is off by default: no protection, no warning", () => {
    const result = compile(withShield(false));
    expect(result.graph!.nodes.filter((n) => n.kind === "aws.shield.protection")).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === "IDIO443")).toBe(false);
  });
});
