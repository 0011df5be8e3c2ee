import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
const COST = readFileSync(new URL("../../../../docs/cost.md", import.meta.url), "utf8");

describe("cost documentation", () => {
  // The cost codes are checked against docs/diagnostics.md with every other code, in core's code-registry.test.ts.
  it("states the price book's size, regions and date as they are", () => {
    expect(COST).toContain(`holds ${EMBEDDED_PRICE_BOOK.prices.length} on-demand list prices`);
    expect(COST).toContain(`retrieval date (${EMBEDDED_PRICE_BOOK.retrieved})`);
    for (const region of EMBEDDED_PRICE_BOOK.regions) expect(COST).toContain(region);
  });
});
