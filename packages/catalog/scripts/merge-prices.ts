/**
 * Merges prices into the embedded price book without rewriting what others
 * added: loads `src/pricing/price-book.json`, replaces or adds the rows of
 * `regional-prices.ts` and then `corrected-prices.ts` (same product, region
 * and attributes), recomputes the
 * list of priced regions and the unpriced marks, and writes the file sorted
 * as `seed-price-book.ts` sorts it. Marks are derived, never hand-kept: every
 * region IDIO accepts (core's AWS_REGIONS) is checked against every product
 * the price mappers ask for (src/pricing/test-support/mapper-needs.ts), and
 * what has no price is marked with the reason, which the estimate reports.
 *
 * Run: `npx tsx --tsconfig tsconfig.check.json packages/catalog/scripts/merge-prices.ts`
 * then `npx prettier --write packages/catalog/src/pricing/price-book.json`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REGION_NAMES } from "@idio-iac/core";
import type { PriceBook, PriceEntry, UnpricedMark } from "../src/pricing/price-book-types.js";
import { PriceIndex } from "../src/pricing/price-index.js";
import { mapperPriceNeeds } from "../src/pricing/test-support/mapper-needs.js";
import { CORRECTED_PRICES } from "./corrected-prices.js";
import { FRANKFURT_PRICES, REGIONAL_PRICES } from "./regional-prices.js";

const file = fileURLToPath(new URL("../src/pricing/price-book.json", import.meta.url));
const book = JSON.parse(readFileSync(file, "utf8")) as PriceBook;

const keyOf = (entry: Pick<PriceEntry, "product" | "region" | "attributes">) =>
  `${entry.product}|${entry.region}|${JSON.stringify(entry.attributes)}`;

const rows = new Map(book.prices.map((entry) => [keyOf(entry), entry]));
for (const entry of [...REGIONAL_PRICES, ...FRANKFURT_PRICES, ...CORRECTED_PRICES])
  rows.set(keyOf(entry), entry);
const prices = [...rows.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

const pricedRegions = new Set(prices.map((entry) => entry.region));
const regions = REGION_NAMES.filter((region) => pricedRegions.has(region));
const partial: PriceBook = { ...book, regions, prices, unpriced: [] };
const index = new PriceIndex(partial);

const WHOLE_REGION =
  "not read from the public pricing pages yet; `idio prices refresh` fetches it from the Price List API";
const MISSING = "not read from the public pricing pages for this region yet (or not offered there)";
const SOME =
  "only some instance classes or options are priced here; the rest are not read from the pricing pages yet";

const regional = mapperPriceNeeds().filter((need) => !need.global);
const unpriced: UnpricedMark[] = [];
for (const region of REGION_NAMES) {
  if (!pricedRegions.has(region)) {
    unpriced.push({ region, reason: WHOLE_REGION });
    continue;
  }
  const missing = new Set<string>();
  for (const need of regional)
    if (!index.find({ product: need.product, region, attributes: need.attributes }))
      missing.add(need.product);
  const some = [...missing].filter((product) =>
    prices.some((entry) => entry.region === region && entry.product === product),
  );
  const none = [...missing].filter((product) => !some.includes(product));
  if (none.length > 0) unpriced.push({ region, products: none.sort(), reason: MISSING });
  if (some.length > 0) unpriced.push({ region, products: some.sort(), reason: SOME });
}

// The book's own date stays: every cost estimate prints it (`pricesAsOf`), so
// moving it rewrites every cost golden; it is changed on purpose, by hand.
const merged: PriceBook = { ...book, regions, prices, unpriced };
writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
console.log(
  `${prices.length} prices in ${regions.length} regions; ${unpriced.length} unpriced marks`,
);
