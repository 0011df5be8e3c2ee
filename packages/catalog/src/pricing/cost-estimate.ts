import type { Diagnostic } from "@idio-iac/intent-schema";
import type { UsageAssumption } from "./usage.js";

export interface CostLineItem {
  readonly resource: string;
  readonly kind: string;
  readonly tier: string | null;
  readonly service: string;
  readonly region: string;
  readonly component: string;
  readonly unit: string;
  /** Rounded to 6 decimals; the cost is computed from exactly this value. */
  readonly quantity: number;
  /** USD per unit, exact decimal string from the price book. */
  readonly unitPriceUsd: string;
  /** Whole micro-dollars; the source of truth for every total. */
  readonly monthlyMicros: number;
  readonly monthlyUsd: number;
  /** Pricing page URL, the URL of a public copy of AWS price data, or `price-list-api:<service>/<sku>`. */
  readonly priceSource: string;
  readonly baselineShare?: number;
  readonly commitment?: string;
}

export interface CostTotal {
  readonly name: string;
  readonly monthlyMicros: number;
  readonly monthlyUsd: number;
}

/** A priced component the book had no price for: left out of the totals, and reported. */
export interface UnpricedComponent {
  readonly resource: string;
  readonly component: string;
  readonly product: string;
  readonly region: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Why the book has no price, when it marks the region or product unpriced. */
  readonly reason?: string;
}

export interface CostEstimate {
  readonly currency: "USD";
  readonly region: string;
  readonly drRegion?: string;
  /** Retrieval date of the price book used. */
  readonly pricesAsOf: string;
  readonly monthlyMicros: number;
  readonly monthlyUsd: number;
  /** Biggest first; shared platform resources under "(shared)". */
  readonly byTier: readonly CostTotal[];
  readonly byService: readonly CostTotal[];
  /** Biggest first, then by resource and component. */
  readonly lineItems: readonly CostLineItem[];
  readonly assumptions: readonly UsageAssumption[];
  readonly unpriced: readonly UnpricedComponent[];
  readonly diagnostics: readonly Diagnostic[];
}

export const SHARED_TIER = "(shared)";
