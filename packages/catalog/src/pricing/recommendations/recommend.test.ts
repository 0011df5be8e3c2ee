import type { ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "../embedded-price-book.js";
import { estimateCost } from "../estimate-cost.js";
import {
  fargateService,
  graphOf,
  natGateway,
  rdsInstance,
  usageOf,
} from "../test-support/graphs.js";
import { recommend } from "./recommend.js";

const book = EMBEDDED_PRICE_BOOK;

function staging(graph: ResourceGraph): ResourceGraph {
  return { ...graph, environment: "staging" };
}

describe("recommend (prices of 2026-11-21, us-east-1)", () => {
  const usage = usageOf(
    [
      { name: "api", type: "api", rps: 50, pattern: "steady" },
      { name: "jobs", type: "worker", rps: 5, pattern: "batch" },
      { name: "db", type: "database", dataSizeGb: 200 },
    ],
    { environment: "staging" },
  );
  const graph = staging(
    graphOf([
      ...fargateService("api", { cpu: 1024, memory: 2048, arch: "X86_64", min: 6, max: 12 }),
      ...fargateService("jobs", { cpu: 2048, memory: 4096, arch: "X86_64", min: 2, max: 10 }),
      rdsInstance("db", {
        instanceClass: "db.m5.large",
        storageGb: 250,
        multiAz: true,
        backupDays: 7,
      }),
      ...natGateway(0),
      ...natGateway(1),
      ...natGateway(2),
    ]),
  );

  it("applies cheaper non-production choices, single NAT, Graviton, right-sizing and spot, in that order", () => {
    const result = recommend(graph, book, usage);
    expect(result.items.map((item) => item.id)).toEqual([
      "non-production:single-az-databases",
      "single-nat",
      "graviton",
      "right-size:service-minimums",
      "spot:workers",
    ]);
  });

  it("has savings that add up to the estimate minus the estimate with everything applied", () => {
    const before = estimateCost(graph, book, usage);
    const result = recommend(graph, book, usage, before);
    const sum = result.items.reduce((total, item) => total + item.monthlySavingMicros, 0);
    expect(sum).toBe(result.totalMonthlySavingMicros);
    expect(result.monthlyAfterMicros).toBe(before.monthlyMicros - sum);
    for (const item of result.items) expect(item.monthlySavingMicros).toBeGreaterThan(0);
  });

  it("measures a graph change's saving by re-estimating: one NAT instead of three saves two gateways and two addresses", () => {
    const result = recommend(graph, book, usage);
    const nat = result.items.find((item) => item.id === "single-nat");
    // 2 x (730 h x $0.045 + 730 h x $0.005) = $73.00; data processed is spread over the survivors.
    expect(nat?.monthlySavingMicros).toBe(73_000_000);
    expect(nat?.resources).toEqual([
      "network.nat-1",
      "network.nat-2",
      "network.nat-eip-1",
      "network.nat-eip-2",
    ]);
  });

  it("offers commitments in production with the 3-year option beside, not added", () => {
    const production = { ...graph, environment: "production" as const };
    const result = recommend(production, book, { ...usage, environment: "production" });
    const plan = result.items.find((item) => item.id === "commitment:compute-savings-plan");
    expect(plan?.commitment).toMatchObject({ term: "1y", payment: "no-upfront", discount: 0.2 });
    expect(plan?.alternative).toMatchObject({ term: "3y", discount: 0.45 });
    expect(plan?.monthlySavingUsd).toBe(plan?.commitment?.monthlySavingUsd);
    expect(result.items.some((item) => item.kind === "spot" || item.kind === "single-nat")).toBe(
      false,
    );
    const rds = result.items.find((item) => item.id === "commitment:rds-reserved-instance");
    expect(rds?.alternative).toMatchObject({ term: "3y", payment: "all-upfront" });
    expect(rds?.alternative?.upfrontUsd).toBeGreaterThan(0);
  });

  it("recommends nothing for a lean graph", () => {
    const lean = staging(
      graphOf(fargateService("api", { cpu: 256, memory: 512, arch: "ARM64", min: 1, max: 1 })),
    );
    expect(
      recommend(
        lean,
        book,
        usageOf([{ name: "api", type: "api", rps: 1 }], { environment: "staging" }),
      ).items,
    ).toEqual([]);
  });
});
