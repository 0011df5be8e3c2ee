import type { DiagnosticCode } from "@idio-iac/core";

/**
 * Cost diagnostic codes (IDIO6xx; 0xx-3xx parser, 4xx compiler, 5xx policy).
 * The plan's cost codes are never errors: cost never fails a plan (the budget
 * gate does, with --fail-on-budget). IDIO606-609 are `idio prices refresh` failures.
 */
export const CostCode = {
  /** The price book has no prices for the plan's region (or its DR region). */
  RegionNotInPriceBook: "IDIO601",
  /** A component type (instance class, node type, ...) has no price in the book. */
  ComponentNotPriced: "IDIO602",
  /** The estimate is over `cost.monthlyBudgetUsd`. */
  OverBudget: "IDIO603",
  /** The estimate has reached `cost.alertThreshold` percent of the budget. */
  OverAlertThreshold: "IDIO604",
  /** An assumption set with `--assume` that the plan never uses (a typo, or a tier that is not there). */
  UnusedAssumption: "IDIO605",
  /** A Price List API request got no answer within the request timeout, on every attempt. */
  PriceListTimeout: "IDIO606",
  /** The Price List API's pages did not end: a page token came back twice, or too many pages. */
  PriceListPagination: "IDIO607",
  /** A Price List API request failed (after retrying throttling and server errors). */
  PriceListFailed: "IDIO608",
  /** The refreshed price book could not be written; the previous file is unchanged. */
  PriceBookNotWritten: "IDIO609",
  /** Some components have no price, so whether the plan fits its budget is unknown (fails --fail-on-budget). */
  BudgetUnknown: "IDIO620",
} as const satisfies Record<string, DiagnosticCode>;
