import type { CostReport } from "@idio/catalog";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/** `--fail-on-budget` (plan, compile, cost): exit 1 when the estimate is over the intent's budget. */
export function budgetGate(
  cost: CostReport | undefined,
  failOnBudget: boolean | undefined,
): ExitCodeValue {
  return failOnBudget === true && cost?.budget.status === "over-budget"
    ? ExitCode.GateFailed
    : ExitCode.Ok;
}
