import type { ResourceGraph } from "@idio-iac/graph";
import { diagnosticAt } from "@idio-iac/core";
import type { Diagnostic, Intent, IntentSource } from "@idio-iac/intent-schema";
import { formatUsdGrouped, usdToMicros } from "../money.js";
import { budgetVerdict, type BudgetStatus } from "./budget.js";
import { CostCode } from "./cost-codes.js";
import type { CostEstimate } from "./cost-estimate.js";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { estimateCost, REFRESH_HINT } from "./estimate-cost.js";
import { unpricedRegions, unpricedSummary } from "./unpriced-summary.js";
import type { PriceBook } from "./price-book-types.js";
import { recommend } from "./recommendations/recommend.js";
import type { Recommendation } from "./recommendations/recommendation.js";
import { usageFromIntent } from "./usage.js";

/** The `cost` section of a plan: what `plan.json` carries and `idio cost` prints. */
export interface CostReport extends Pick<
  CostEstimate,
  | "currency"
  | "region"
  | "drRegion"
  | "pricesAsOf"
  | "monthlyUsd"
  | "byTier"
  | "byService"
  | "lineItems"
  | "assumptions"
  | "unpriced"
> {
  /** False when some components had no price: the total (and the verdict) is then a lower bound. */
  readonly complete: boolean;
  readonly budget: {
    readonly limitUsd: number | null;
    readonly alertThresholdPercent: number | null;
    readonly status: BudgetStatus;
    readonly percentOfBudget: number | null;
    readonly overByUsd: number;
  };
  readonly recommendations: readonly Recommendation[];
  readonly potentialSavingUsd: number;
  readonly monthlyAfterRecommendationsUsd: number;
}

export interface CostReportOptions {
  readonly priceBook?: PriceBook;
  readonly source?: IntentSource;
  /** Price the plan as if it were in this region (what-if); the DR region is unchanged. */
  readonly region?: string;
  /** Explicit values for assumption keys (`idio cost --assume key=value`). */
  readonly overrides?: Readonly<Record<string, number>>;
}

/**
 * Estimates a compiled intent, checks it against the budget and lists what
 * would save money. Pure; cost problems are warnings, never errors.
 */
export function costReport(
  intent: Intent,
  graph: ResourceGraph,
  options: CostReportOptions = {},
): { report: CostReport; diagnostics: Diagnostic[] } {
  const book = options.priceBook ?? EMBEDDED_PRICE_BOOK;
  const priced = options.region ? { ...graph, region: options.region } : graph;
  const usage = usageFromIntent(intent);
  const tierIndex = new Map(intent.tiers.map((tier, index) => [tier.name, index]));
  const file = options.source?.fileName ?? "<intent>";
  const overrides = options.overrides ?? {};
  const estimate = estimateCost(priced, book, usage, { tierIndex, file, overrides });
  const verdict = budgetVerdict(
    estimate.monthlyMicros,
    intent.cost,
    estimate.unpriced.length === 0,
  );
  const recommendations = recommend(priced, book, usage, estimate, { overrides });

  const diagnostics: Diagnostic[] = estimate.diagnostics.map((diagnostic) =>
    options.source && diagnostic.path !== ""
      ? { ...diagnostic, ...positionOf(options.source, diagnostic.path) }
      : diagnostic,
  );
  if (verdict.status === "over-budget" || verdict.status === "over-alert-threshold") {
    const over = verdict.status === "over-budget";
    const best =
      recommendations.items.length > 0
        ? ` Recommendations could save ${formatUsdGrouped(recommendations.totalMonthlySavingMicros)}/month (see \`idio cost\`).`
        : "";
    diagnostics.push(
      diagnosticAt(options.source, over ? "/cost/monthlyBudgetUsd" : "/cost/alertThreshold", {
        code: over ? CostCode.OverBudget : CostCode.OverAlertThreshold,
        message: over
          ? `Estimated ${formatUsdGrouped(estimate.monthlyMicros)}/month is over the ${formatUsdGrouped(usdToMicros(verdict.limitUsd ?? 0))} budget by ${formatUsdGrouped(usdToMicros(verdict.overByUsd))}.`
          : `Estimated ${formatUsdGrouped(estimate.monthlyMicros)}/month is ${verdict.percentOfBudget}% of the ${formatUsdGrouped(usdToMicros(verdict.limitUsd ?? 0))} budget, at or above the ${verdict.alertThresholdPercent}% alert threshold.`,
        hint: `${over ? "Raise cost.monthlyBudgetUsd or change the intent." : "The budget alert will fire at this spend."}${best}`,
      }),
    );
  }

  if (verdict.status === "unknown")
    diagnostics.push(
      diagnosticAt(options.source, "/cost/monthlyBudgetUsd", {
        code: CostCode.BudgetUnknown,
        message: `Whether the plan fits the ${formatUsdGrouped(usdToMicros(verdict.limitUsd ?? 0))} budget is unknown: ${unpricedSummary(estimate.unpriced)} have no price, so the ${formatUsdGrouped(estimate.monthlyMicros)}/month estimate is only a lower bound.`,
        hint: REFRESH_HINT(unpricedRegions(estimate.unpriced)),
      }),
    );

  return {
    report: {
      currency: "USD",
      region: estimate.region,
      ...(estimate.drRegion ? { drRegion: estimate.drRegion } : {}),
      pricesAsOf: estimate.pricesAsOf,
      monthlyUsd: estimate.monthlyUsd,
      byTier: estimate.byTier,
      byService: estimate.byService,
      lineItems: estimate.lineItems,
      assumptions: estimate.assumptions,
      unpriced: estimate.unpriced,
      complete: estimate.unpriced.length === 0,
      budget: {
        limitUsd: verdict.limitUsd,
        alertThresholdPercent: verdict.alertThresholdPercent,
        status: verdict.status,
        percentOfBudget: verdict.percentOfBudget,
        overByUsd: verdict.overByUsd,
      },
      recommendations: recommendations.items,
      potentialSavingUsd: recommendations.totalMonthlySavingUsd,
      monthlyAfterRecommendationsUsd: recommendations.monthlyAfterUsd,
    },
    diagnostics,
  };
}

function positionOf(source: IntentSource, pointer: string) {
  const position = source.locate(pointer);
  return { line: position.line, column: position.column };
}
