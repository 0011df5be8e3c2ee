import { escapeForTerminal as t } from "@idio-iac/intent-schema";
import { formatUsdGrouped, usdToMicros } from "../money.js";
import type { CostDiff } from "./cost-diff.js";
import type { CostReport } from "./cost-report.js";
import { unpricedRegions } from "./unpriced-summary.js";

export interface RenderCostOptions {
  /** Intent name for the heading. */
  readonly name?: string;
  /** How many line items to list before summarising the rest (default 30). */
  readonly maxLineItems?: number;
  readonly color?: boolean;
}

const STATUS_TEXT = {
  within: "within budget",
  "over-alert-threshold": "over the alert threshold",
  "over-budget": "OVER BUDGET",
  "no-budget": "no budget set",
  unknown: "BUDGET VERDICT UNKNOWN (not every component is priced)",
} as const;

function usd(value: number): string {
  return formatUsdGrouped(usdToMicros(value));
}

/** Cells hold user text (tier and resource names, a saved report's names): escaped here, before padding. */
function table(
  unsafeRows: readonly (readonly string[])[],
  rightAligned: ReadonlySet<number>,
): string {
  const rows = unsafeRows.map((row) => row.map(t));
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map(
      (row) =>
        "  " +
        row
          .map((cell, column) =>
            rightAligned.has(column)
              ? cell.padStart(widths[column] ?? 0)
              : cell.padEnd(widths[column] ?? 0),
          )
          .join("  ")
          .trimEnd(),
    )
    .join("\n");
}

function quantity(value: number): string {
  return value >= 1000
    ? Math.round(value).toLocaleString("en-US")
    : String(Math.round(value * 1000) / 1000);
}

/** A cost report as a terminal table: totals, by tier and service, biggest lines first, assumptions, advice. */
export function renderCostText(report: CostReport, options: RenderCostOptions = {}): string {
  const bold = (text: string) => (options.color ? `\u001b[1m${text}\u001b[22m` : text);
  const red = (text: string) => (options.color ? `\u001b[31m${text}\u001b[39m` : text);
  const yellow = (text: string) => (options.color ? `\u001b[33m${text}\u001b[39m` : text);
  const lines: string[] = [];
  // The name, regions and price date may come from the intent or a user's price book.
  const where = t(report.drRegion ? `${report.region}, DR ${report.drRegion}` : report.region);
  lines.push(
    bold(
      `${options.name ? `${t(options.name)}: ` : ""}estimated monthly cost (${where}; list prices as of ${t(report.pricesAsOf)})`,
    ),
  );
  lines.push("");
  const budget = report.budget;
  const status =
    budget.status === "over-budget" || budget.status === "unknown"
      ? red(STATUS_TEXT[budget.status])
      : budget.status === "over-alert-threshold"
        ? yellow(STATUS_TEXT[budget.status])
        : STATUS_TEXT[budget.status];
  const incomplete = report.complete
    ? ""
    : yellow(
        ` (incomplete: ${report.unpriced.length} components not priced in ${unpricedRegions(report.unpriced).map(t).join(", ")}, so at least this)`,
      );
  lines.push(
    `  ${bold(usd(report.monthlyUsd))} per month${incomplete}` +
      (budget.limitUsd === null
        ? ` (${status})`
        : ` of a ${usd(budget.limitUsd)} budget: ${budget.status === "unknown" ? "at least " : ""}${budget.percentOfBudget}%, ${status}` +
          (budget.alertThresholdPercent === null
            ? ""
            : ` (alert at ${budget.alertThresholdPercent}%)`)),
  );
  lines.push("");
  lines.push(bold("By tier"));
  lines.push(
    table(
      report.byTier.map((total) => [total.name, usd(total.monthlyUsd)]),
      new Set([1]),
    ),
  );
  lines.push("");
  lines.push(bold("By service"));
  lines.push(
    table(
      report.byService.map((total) => [total.name, usd(total.monthlyUsd)]),
      new Set([1]),
    ),
  );
  lines.push("");
  const max = options.maxLineItems ?? 30;
  const shown = report.lineItems.slice(0, max);
  lines.push(bold("Line items (biggest first)"));
  lines.push(
    table(
      [
        ["resource", "component", "quantity", "unit", "unit price", "monthly"],
        ...shown.map((item) => [
          item.resource,
          item.component,
          quantity(item.quantity),
          item.unit,
          `$${item.unitPriceUsd}`,
          usd(item.monthlyUsd),
        ]),
      ],
      new Set([2, 4, 5]),
    ),
  );
  const rest = report.lineItems.slice(max);
  if (rest.length > 0) {
    const restMicros = rest.reduce((sum, item) => sum + item.monthlyMicros, 0);
    lines.push(
      `  ... ${rest.length} more line items, ${formatUsdGrouped(restMicros)} in all (--format json lists every one)`,
    );
  }
  if (report.unpriced.length > 0) {
    lines.push("");
    lines.push(
      yellow(
        `Not priced (${report.unpriced.length} components left out of the total; see the warnings)`,
      ),
    );
    for (const item of report.unpriced.slice(0, 10))
      lines.push(
        `  ${t(item.resource)}: ${t(item.component)} (${t(item.product)} in ${t(item.region)}${item.reason ? `; marked unpriced: ${t(item.reason)}` : ""})`,
      );
    if (report.unpriced.length > 10) lines.push(`  ... ${report.unpriced.length - 10} more`);
  }
  lines.push("");
  lines.push(bold("Assumptions"));
  for (const assumption of report.assumptions)
    lines.push(
      `  ${t(assumption.key)} = ${quantity(assumption.value)} ${t(assumption.unit)} [${t(assumption.source)}]: ${t(assumption.description)}`,
    );
  if (report.recommendations.length > 0) {
    lines.push("");
    lines.push(
      bold(
        `Recommendations: save up to ${usd(report.potentialSavingUsd)}/month (to ${usd(report.monthlyAfterRecommendationsUsd)})`,
      ),
    );
    report.recommendations.forEach((item, index) => {
      lines.push(`  ${index + 1}. ${t(item.title)}: ${usd(item.monthlySavingUsd)}/month`);
      lines.push(`     ${t(item.detail)}`);
      if (item.commitment)
        lines.push(
          `     Commit ${usd(item.commitment.hourlyCommitmentUsd)}/hour for ${t(item.commitment.term)} (${t(item.commitment.payment)})` +
            (item.alternative
              ? `; ${t(item.alternative.term)} ${t(item.alternative.payment)} would save ${usd(item.alternative.monthlySavingUsd)}/month` +
                (item.alternative.upfrontUsd > 0
                  ? ` for ${usd(item.alternative.upfrontUsd)} upfront`
                  : "")
              : ""),
        );
    });
  }
  return `${lines.join("\n")}\n`;
}

function signed(value: number): string {
  const text = usd(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}

/** A cost diff as text: the totals, then the resources that changed, biggest change first. */
export function renderCostDiffText(
  diff: CostDiff,
  options: { baseline: string; maxResources?: number },
): string {
  const lines: string[] = [];
  const percent =
    diff.deltaPercent === null ? "" : ` (${diff.deltaPercent > 0 ? "+" : ""}${diff.deltaPercent}%)`;
  lines.push(
    `Compared with ${t(options.baseline)}: ${usd(diff.beforeUsd)} -> ${usd(diff.afterUsd)} per month, ${signed(diff.deltaUsd)}${percent}`,
  );
  if (diff.resources.length === 0) {
    lines.push("  no resource changed cost");
    return `${lines.join("\n")}\n`;
  }
  const max = options.maxResources ?? 25;
  lines.push(
    table(
      [
        ["resource", "change", "before", "after", "delta"],
        ...diff.resources
          .slice(0, max)
          .map((change) => [
            change.name,
            change.status,
            usd(change.beforeUsd),
            usd(change.afterUsd),
            signed(change.deltaUsd),
          ]),
      ],
      new Set([2, 3, 4]),
    ),
  );
  if (diff.resources.length > max) lines.push(`  ... ${diff.resources.length - max} more`);
  return `${lines.join("\n")}\n`;
}
