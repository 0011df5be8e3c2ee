import { microsToUsd, usdToMicros, type Micros } from "../money.js";

export type BudgetStatus =
  | "within"
  | "over-alert-threshold"
  | "over-budget"
  | "no-budget"
  /** Some components have no price: the estimate is a lower bound that does not settle the question. */
  | "unknown";

export interface BudgetVerdict {
  readonly status: BudgetStatus;
  readonly limitUsd: number | null;
  readonly alertThresholdPercent: number | null;
  readonly monthlyUsd: number;
  /** Estimate as a percent of the limit, to one decimal; null without a budget. */
  readonly percentOfBudget: number | null;
  /** Positive when over budget: how much must be saved to fit. */
  readonly overByUsd: number;
}

/**
 * The budget guardrail: within, over the alert threshold (the estimate
 * reaches `alertThreshold` percent of the budget), or over budget. It fails
 * closed: when the estimate is incomplete (`complete` false), the total is
 * only a lower bound, so the verdict is `unknown` unless that bound is
 * already over the budget.
 */
export function budgetVerdict(
  monthlyMicros: Micros,
  budget: { readonly monthlyBudgetUsd: number; readonly alertThreshold: number } | undefined,
  complete = true,
): BudgetVerdict {
  const monthlyUsd = microsToUsd(monthlyMicros);
  if (!budget)
    return {
      status: "no-budget",
      limitUsd: null,
      alertThresholdPercent: null,
      monthlyUsd,
      percentOfBudget: null,
      overByUsd: 0,
    };
  const limitMicros = usdToMicros(budget.monthlyBudgetUsd);
  // Compare in integers: estimate x 100 against limit x threshold.
  const status: BudgetStatus =
    monthlyMicros > limitMicros
      ? "over-budget"
      : !complete
        ? "unknown"
        : monthlyMicros * 100 >= limitMicros * budget.alertThreshold
          ? "over-alert-threshold"
          : "within";
  return {
    status,
    limitUsd: budget.monthlyBudgetUsd,
    alertThresholdPercent: budget.alertThreshold,
    monthlyUsd,
    percentOfBudget: Math.round((monthlyMicros / limitMicros) * 1000) / 10,
    overByUsd: microsToUsd(Math.max(0, monthlyMicros - limitMicros)),
  };
}
