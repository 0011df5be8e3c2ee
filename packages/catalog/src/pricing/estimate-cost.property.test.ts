import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { estimateCost } from "./estimate-cost.js";
import {
  fargateService,
  graphOf,
  natGateway,
  rdsInstance,
  usageOf,
} from "./test-support/graphs.js";

const tierArbitrary = fc.record({
  cpu: fc.constantFrom(256, 512, 1024, 2048),
  arch: fc.constantFrom("ARM64" as const, "X86_64" as const),
  min: fc.integer({ min: 0, max: 50 }),
  extra: fc.integer({ min: 0, max: 200 }),
  rps: fc.integer({ min: 0, max: 5000 }),
  pattern: fc.constantFrom(
    "steady" as const,
    "seasonal" as const,
    "spiky" as const,
    "batch" as const,
  ),
});

type TierInput = typeof tierArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(tiers: TierInput[], nats: number, scale = 1) {
  const nodes = tiers.flatMap((tier, index) =>
    fargateService(`t${index}`, {
      cpu: tier.cpu,
      memory: tier.cpu * 2,
      arch: tier.arch,
      min: tier.min * scale,
      max: (tier.min + tier.extra) * scale,
    }),
  );
  for (let index = 0; index < nats; index++) nodes.push(...natGateway(index));
  nodes.push(
    rdsInstance("db", {
      instanceClass: "db.r7g.large",
      storageGb: 100,
      multiAz: true,
      backupDays: 7,
    }),
  );
  const usage = usageOf(
    [
      ...tiers.map((tier, index) => ({
        name: `t${index}`,
        type: "api" as const,
        rps: tier.rps,
        pattern: tier.pattern,
      })),
      { name: "db", type: "database" as const, dataSizeGb: 100 },
    ],
    { dataTransferOutGbPerMonth: 100, logIngestionGbPerMonth: 10 },
  );
  return { graph: graphOf(nodes), usage };
}

describe("estimateCost properties", () => {
  it("the total equals the sum of the line items, and of the tier and service totals, exactly", () => {
    fc.assert(
      fc.property(
        fc.array(tierArbitrary, { maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (tiers, nats) => {
          const { graph, usage } = build(tiers, nats);
          const estimate = estimateCost(graph, EMBEDDED_PRICE_BOOK, usage);
          const sum = (values: readonly { monthlyMicros: number }[]) =>
            values.reduce((total, item) => total + item.monthlyMicros, 0);
          expect(sum(estimate.lineItems)).toBe(estimate.monthlyMicros);
          expect(sum(estimate.byTier)).toBe(estimate.monthlyMicros);
          expect(sum(estimate.byService)).toBe(estimate.monthlyMicros);
          for (const item of estimate.lineItems)
            expect(Number.isInteger(item.monthlyMicros)).toBe(true);
        },
      ),
    );
  });

  it("doubling a tier's scaling never lowers its cost (nor the total)", () => {
    fc.assert(
      fc.property(fc.array(tierArbitrary, { minLength: 1, maxLength: 4 }), (tiers) => {
        const base = build(tiers, 1);
        const doubled = build(tiers, 1, 2);
        const before = estimateCost(base.graph, EMBEDDED_PRICE_BOOK, base.usage);
        const after = estimateCost(doubled.graph, EMBEDDED_PRICE_BOOK, doubled.usage);
        for (const tier of before.byTier) {
          const next =
            after.byTier.find((candidate) => candidate.name === tier.name)?.monthlyMicros ?? 0;
          expect(next).toBeGreaterThanOrEqual(tier.monthlyMicros);
        }
        expect(after.monthlyMicros).toBeGreaterThanOrEqual(before.monthlyMicros);
      }),
    );
  });

  it("is deterministic: the same inputs give the same JSON", () => {
    fc.assert(
      fc.property(fc.array(tierArbitrary, { maxLength: 4 }), (tiers) => {
        const { graph, usage } = build(tiers, 2);
        expect(JSON.stringify(estimateCost(graph, EMBEDDED_PRICE_BOOK, usage))).toBe(
          JSON.stringify(estimateCost(graph, EMBEDDED_PRICE_BOOK, usage)),
        );
      }),
      { numRuns: 30 },
    );
  });
});
