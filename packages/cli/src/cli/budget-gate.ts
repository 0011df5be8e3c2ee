import {
  formatUsdGrouped,
  REFRESH_HINT,
  unpricedRegions,
  unpricedSummary,
  usdToMicros,
  type CostReport,
} from "@idio-iac/catalog";
import { escapeForTerminal as t } from "@idio-iac/intent-schema";
import type { CliIo } from "./cli-io.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/**
 * `--fail-on-budget` (plan, compile, cost): exit 1 when the estimate is over the
 * intent's budget, or when the verdict is unknown because some components have
 * no price (fail closed). A failure says why on stderr and ends with one
 * `gate failed: …` line.
 */
export function budgetGate(
  cost: CostReport | undefined,
  failOnBudget: boolean | undefined,
  io: Pick<CliIo, "stderr">,
): ExitCodeValue {
  if (failOnBudget !== true || cost === undefined) return ExitCode.Ok;
  const budget = cost.budget;
  const usd = (value: number) => formatUsdGrouped(usdToMicros(value));
  if (budget.status === "over-budget") {
    io.stderr(
      `gate failed: estimate ${usd(cost.monthlyUsd)} is over the ${usd(budget.limitUsd ?? 0)} budget` +
        `${cost.complete ? "" : " (and some components are not priced)"}\n`,
    );
    return ExitCode.GateFailed;
  }
  if (budget.status === "unknown") {
    const regions = unpricedRegions(cost.unpriced);
    io.stderr(
      `Not priced: ${t(unpricedSummary(cost.unpriced))}.\n` +
        `${t(REFRESH_HINT(regions))}\n` +
        `gate failed: budget verdict unknown: ${cost.unpriced.length} component${cost.unpriced.length === 1 ? " has" : "s have"} no price in ${regions.map(t).join(", ")}, so the ${usd(cost.monthlyUsd)} estimate cannot be checked against the ${usd(budget.limitUsd ?? 0)} budget\n`,
    );
    return ExitCode.GateFailed;
  }
  return ExitCode.Ok;
}
