import fc from "fast-check";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { arbitraryIntentDocument } from "@idio-iac/testing";
import { plan } from "./plan.js";

type TierInput = IntentInput["tiers"][number];

/** Each numeric field at an end of the range the schema accepts (or absent). */
const extremes = fc.record({
  expectedRps: fc.constantFrom(0, 0.001, 10_000_000),
  dataSizeGb: fc.constantFrom(1e-9, 1, 1_000_000),
  scaling: fc.constantFrom(
    { min: 0, max: 1 },
    { min: 10_000, max: 10_000 },
    { min: 0, max: 10_000 },
  ),
  usage: fc.constantFrom(0, 10_000_000),
  budget: fc.constantFrom(0.01, 1, 100_000_000),
  retention: fc.constantFrom(1, 36_500),
});

const COMPUTE = new Set(["web", "api", "worker"]);

function atExtremes(
  document: IntentInput,
  e: typeof extremes extends fc.Arbitrary<infer T> ? T : never,
): IntentInput {
  return {
    ...document,
    domain: document.domain ?? "app.example.com",
    tiers: document.tiers.map((tier): TierInput => ({
      ...tier,
      ...(tier.type === "static-site" ? {} : { expectedRps: e.expectedRps }),
      ...(["database", "nosql", "cache", "storage", "stream"].includes(tier.type)
        ? { dataSizeGb: e.dataSizeGb }
        : {}),
      ...(COMPUTE.has(tier.type) ? { scaling: e.scaling } : {}),
    })),
    usage: { dataTransferOutGbPerMonth: e.usage, logIngestionGbPerMonth: e.usage },
    cost: { ...(document.cost ?? {}), monthlyBudgetUsd: e.budget },
    disasterRecovery: { ...(document.disasterRecovery ?? {}), backupRetentionDays: e.retention },
  };
}

/** Every number anywhere in a JSON value; the path of the first that is not finite. */
function nonFinite(value: unknown, path = ""): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = nonFinite(child, `${path}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe("intents at the edges of the schema", () => {
  it("compile, pass policy and cost without an internal error, with finite numbers", () => {
    let planned = 0;
    fc.assert(
      fc.property(arbitraryIntentDocument({ maxTiers: 4 }), extremes, (generated, e) => {
        const document = atExtremes(generated, e);
        const result = plan(JSON.stringify(document), { fileName: "intent.json" });
        expect(result.diagnostics.filter((d) => d.code === "IDIO402")).toEqual([]);
        // Validation or the compiler may refuse a combination (IDIO410: TLS needs a domain).
        if (result.plan === undefined) {
          expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
          return;
        }
        const cost = result.plan.cost!;
        expect(nonFinite(cost)).toBeUndefined();
        planned++;
        for (const item of cost.lineItems)
          expect(Number.isSafeInteger(item.monthlyMicros)).toBe(true);
      }),
      { numRuns: 40, seed: 315 },
    );
    expect(planned).toBeGreaterThan(20);
  });
});
