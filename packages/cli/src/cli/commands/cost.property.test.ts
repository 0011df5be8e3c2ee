import fc from "fast-check";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { arbitraryIntentDocument } from "@idio-iac/testing";
import { plan } from "idio-iac";

type TierInput = IntentInput["tiers"][number];

/** Web/api/worker tiers pinned to Fargate with explicit scaling, so doubling scaling changes only the count. */
function withFargateScaling(document: IntentInput): IntentInput {
  return {
    ...document,
    domain: document.domain ?? "app.example.com",
    tiers: document.tiers.map((tier): TierInput =>
      tier.type === "web" || tier.type === "api" || tier.type === "worker"
        ? { ...tier, compute: "fargate", scaling: tier.scaling ?? { min: 1, max: 4 } }
        : tier,
    ),
  };
}

function costs(document: IntentInput) {
  const result = plan(stringify(document), { fileName: "intent.yaml" });
  return result.plan?.cost;
}

describe("cost properties over generated intents (compiled, policy-fixed, priced)", () => {
  it("doubling a tier's scaling never lowers its cost", () => {
    fc.assert(
      fc.property(arbitraryIntentDocument({ maxTiers: 4 }), fc.nat(), (generated, pick) => {
        const document = withFargateScaling(generated);
        const scaled = document.tiers.filter((tier) => tier.scaling !== undefined);
        const before = costs(document);
        fc.pre(before !== undefined && scaled.length > 0);
        const target = scaled[pick % scaled.length]!;
        const doubled: IntentInput = {
          ...document,
          tiers: document.tiers.map((tier) =>
            tier.name === target.name && tier.scaling
              ? {
                  ...tier,
                  scaling: {
                    min: Math.min(10_000, tier.scaling.min * 2),
                    max: Math.min(10_000, tier.scaling.max * 2),
                  },
                }
              : tier,
          ),
        };
        const after = costs(doubled);
        expect(after).toBeDefined();
        const tierCost = (report: NonNullable<typeof before>) =>
          report.byTier.find((total) => total.name === target.name)?.monthlyMicros ?? 0;
        expect(tierCost(after!)).toBeGreaterThanOrEqual(tierCost(before!));
      }),
      { numRuns: 40 },
    );
  });

  it("the total equals the sum of the line items for every generated intent", () => {
    fc.assert(
      fc.property(arbitraryIntentDocument({ maxTiers: 5 }), (document) => {
        const report = costs(document);
        fc.pre(report !== undefined);
        const micros = report!.lineItems.reduce((sum, item) => sum + item.monthlyMicros, 0);
        expect(micros / 1e6).toBe(report!.monthlyUsd);
        expect(report!.byTier.reduce((sum, total) => sum + total.monthlyMicros, 0)).toBe(micros);
      }),
      { numRuns: 40 },
    );
  });
});
