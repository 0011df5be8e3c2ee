import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { CostCode } from "./cost-codes.js";
import { CostFileCode } from "./cost-file-codes.js";

const DIAGNOSTICS = readFileSync(
  new URL("../../../../docs/diagnostics.md", import.meta.url),
  "utf8",
);
const COST = readFileSync(new URL("../../../../docs/cost.md", import.meta.url), "utf8");

describe("cost documentation", () => {
  it.each([...Object.values(CostCode), ...Object.values(CostFileCode)])(
    "documents %s in docs/diagnostics.md",
    (code) => {
      expect(DIAGNOSTICS).toMatch(new RegExp(`^### ${code} — `, "m"));
    },
  );

  it("states the price book's size, regions and date as they are", () => {
    expect(COST).toContain(`holds ${EMBEDDED_PRICE_BOOK.prices.length} on-demand list prices`);
    expect(COST).toContain(`retrieval date (${EMBEDDED_PRICE_BOOK.retrieved})`);
    for (const region of EMBEDDED_PRICE_BOOK.regions) expect(COST).toContain(region);
  });
});
