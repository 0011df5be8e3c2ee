import type { ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { estimateCost } from "./estimate-cost.js";
import { graphOf, natGateway, usageOf } from "./test-support/graphs.js";

describe("a node in an extra serving region", () => {
  it("is priced at its own region's price, not the primary's", () => {
    // Primary eu-west-1 (NAT gateway $0.048/h), a copy in us-west-2 ($0.045/h).
    const copy = natGateway(1).map((n) => ({
      ...n,
      id: `us-west-2.${n.id}`,
      region: "us-west-2" as const,
    }));
    const base = graphOf([...natGateway(1), ...copy], "eu-west-1");
    const graph: ResourceGraph = { ...base, regions: ["us-west-2"] };
    const estimate = estimateCost(graph, EMBEDDED_PRICE_BOOK, usageOf([]));
    const hours = (id: string) =>
      estimate.lineItems.find(
        (item) => item.resource === id && item.component === "NAT gateway hours",
      );
    expect(hours("network.nat-1")).toMatchObject({
      region: "eu-west-1",
      unitPriceUsd: "0.048",
      quantity: 730,
      monthlyMicros: 35_040_000,
    });
    expect(hours("us-west-2.network.nat-1")).toMatchObject({
      region: "us-west-2",
      unitPriceUsd: "0.045",
      quantity: 730,
      monthlyMicros: 32_850_000,
    });
  });
});
