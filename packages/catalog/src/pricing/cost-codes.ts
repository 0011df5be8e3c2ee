/** Cost diagnostic codes (IDIO6xx; 0xx-3xx parser, 4xx compiler, 5xx policy). Never errors: cost never fails a plan. */
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
} as const;
