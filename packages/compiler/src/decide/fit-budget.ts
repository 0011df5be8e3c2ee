import { relativePrice } from "@idio-iac/core";
import type { Intent } from "@idio-iac/intent-schema";

/** Where the budget is stated: every choice it makes points here. */
export const BUDGET_POINTER = "/cost/monthlyBudgetUsd";

/**
 * Largest load (vCPUs) a burstable class serves under a budget: every t4g
 * class IDIO offers has 2 vCPUs, and beyond them the load is not small.
 */
export const BURSTABLE_MAX_VCPU = 2;

/** Whether the intent states a monthly budget, so the compiler prefers the cheapest adequate choices. */
export function budgetOf(intent: Intent): number | undefined {
  return intent.cost?.monthlyBudgetUsd;
}

/**
 * One NAT gateway instead of one per AZ, under a budget, where availability
 * allows: a NAT gateway is zonal, so losing its AZ cuts the others' egress
 * until it returns. 99.9 (8.8 hours a year) tolerates that; 99.95 and up
 * (Multi-AZ by target) keep one per AZ.
 */
export function budgetSingleNat(intent: Intent): boolean {
  return budgetOf(intent) !== undefined && Number(intent.availability) < 99.95;
}

/**
 * The reason line for a burstable class chosen under a budget: the class
 * replaced, the price ratio (core's RELATIVE_PRICES) and the saving.
 */
export function burstableStep(
  intent: Intent,
  chosen: string,
  instead: string,
  copies: number,
  what: string,
): string {
  const ratio = relativePrice(chosen, instead);
  const saving =
    ratio === undefined
      ? ""
      : `: ${chosen} costs ${ratio} x ${instead} per hour, so ${copies} ${what}${copies === 1 ? " saves" : "s save"} ${Math.round((1 - ratio) * 100)}% of ${copies === 1 ? "its" : "their"} hours (1 - ${ratio})`;
  return `budget $${budgetOf(intent)}/month (cost.monthlyBudgetUsd): burstable Graviton ${chosen} instead of ${instead} for a small load${saving}; it earns CPU credits below its baseline and bursts (unlimited mode) above it`;
}
