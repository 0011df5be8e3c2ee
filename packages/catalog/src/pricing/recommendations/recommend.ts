import type { ResourceGraph } from "@idio-iac/graph";
import { formatUsdGrouped, microsToUsd } from "../../money.js";
import type { CostEstimate, CostLineItem } from "../cost-estimate.js";
import { estimateCost } from "../estimate-cost.js";
import type { PriceBook } from "../price-book-types.js";
import { priceIndex } from "../price-index.js";
import type { Usage } from "../usage.js";
import { HOURS_PER_MONTH } from "../usage.js";
import { gravitonChange } from "./graviton.js";
import { nonProductionChanges } from "./non-production.js";
import type {
  CommitmentTerms,
  GraphChange,
  Recommendation,
  Recommendations,
} from "./recommendation.js";
import { rightSizeChange } from "./right-size.js";
import { singleNatChange } from "./single-nat.js";
import { storageClassChange } from "./storage-class.js";

type Offering = CommitmentTerms["offering"];

const COMMITMENT_TITLES: Record<Offering, string> = {
  "compute-savings-plan": "Compute Savings Plan for the always-on Fargate and EC2 baseline",
  "rds-reserved-instance": "Reserved instances for the databases",
  "elasticache-reserved-node": "Reserved nodes for the caches",
};

function lineKey(item: CostLineItem): string {
  return `${item.resource}|${item.component}|${item.region}`;
}

/**
 * Recommendations with their monthly saving, applied one after another in a
 * fixed order (cheaper non-production choices, single NAT, Graviton,
 * right-sizing, storage classes, spot for non-production workers, then
 * commitments on what remains). Each saving is measured after the ones
 * before it, so the savings add up exactly to the estimate minus the
 * estimate with all of them applied. A change that would leave a component
 * without a price is skipped rather than counted as a saving.
 */
export function recommend(
  graph: ResourceGraph,
  book: PriceBook,
  usage: Usage,
  estimate?: CostEstimate,
  options: { readonly overrides?: Readonly<Record<string, number>> } = {},
): Recommendations {
  const index = priceIndex(book);
  const items: Recommendation[] = [];
  let current = estimate ?? estimateCost(graph, book, usage, options);
  const start = current.monthlyMicros;
  let currentGraph = graph;

  const proposals: ((g: ResourceGraph) => GraphChange[])[] = [
    nonProductionChanges,
    singleNatChange,
    gravitonChange,
    (g) => rightSizeChange(g, usage),
    (g) => storageClassChange(g, usage),
  ];
  for (const propose of proposals) {
    for (const change of propose(currentGraph)) {
      const next = estimateCost(change.graph, book, usage, options);
      const saving = current.monthlyMicros - next.monthlyMicros;
      if (saving <= 0 || next.unpriced.length > current.unpriced.length) continue;
      items.push({
        id: change.id,
        kind: change.kind,
        title: change.title,
        detail: change.detail,
        resources: change.resources,
        monthlySavingMicros: saving,
        monthlySavingUsd: microsToUsd(saving),
      });
      current = next;
      currentGraph = change.graph;
    }
  }

  // Discounts on what remains, tracked per line so two never cover the same spend.
  const remaining = new Map(current.lineItems.map((item) => [lineKey(item), item.monthlyMicros]));
  const discount = (offering: string, term: string, payment: string): number | undefined => {
    const price = index.find({
      product: "commitment-discount",
      region: "global",
      attributes: { offering, term, payment },
    });
    return price ? Number(price.usd) : undefined;
  };

  if (graph.environment !== "production") {
    const spot = discount("fargate-spot", "none", "none");
    const workers = current.lineItems.filter(
      (item) =>
        item.service === "AWS Fargate" &&
        item.tier !== null &&
        usage.tiers[item.tier]?.type === "worker",
    );
    if (spot !== undefined && workers.length > 0) {
      let saving = 0;
      for (const item of workers) {
        const cut = Math.round((remaining.get(lineKey(item)) ?? 0) * spot);
        saving += cut;
        remaining.set(lineKey(item), (remaining.get(lineKey(item)) ?? 0) - cut);
      }
      if (saving > 0)
        items.push({
          id: "spot:workers",
          kind: "spot",
          title: `Run ${graph.environment} workers on Fargate Spot`,
          detail: `Workers retry interrupted tasks; Spot capacity is up to ${Math.round(spot * 100)}% below on-demand.`,
          resources: [...new Set(workers.map((item) => item.resource))].sort(),
          monthlySavingMicros: saving,
          monthlySavingUsd: microsToUsd(saving),
        });
    }
  }

  if (graph.environment === "production") {
    const plans: [Offering, [string, string], [string, string]][] = [
      ["compute-savings-plan", ["1y", "no-upfront"], ["3y", "no-upfront"]],
      ["rds-reserved-instance", ["1y", "no-upfront"], ["3y", "all-upfront"]],
      ["elasticache-reserved-node", ["1y", "no-upfront"], ["3y", "all-upfront"]],
    ];
    for (const [offering, [term, payment], [altTerm, altPayment]] of plans) {
      const rate = discount(offering, term, payment);
      const altRate = discount(offering, altTerm, altPayment);
      const eligible = current.lineItems.filter(
        (item) => item.commitment === offering && (item.baselineShare ?? 0) > 0,
      );
      if (rate === undefined || eligible.length === 0) continue;
      let covered = 0;
      for (const item of eligible) {
        const share = Math.round((remaining.get(lineKey(item)) ?? 0) * (item.baselineShare ?? 0));
        covered += share;
      }
      const saving = Math.round(covered * rate);
      if (saving <= 0) continue;
      for (const item of eligible) {
        const left = remaining.get(lineKey(item)) ?? 0;
        remaining.set(lineKey(item), left - Math.round(left * (item.baselineShare ?? 0) * rate));
      }
      const terms = (t: string, p: string, r: number): CommitmentTerms => {
        const monthlySaving = Math.round(covered * r);
        const committedMonthly = covered - monthlySaving;
        return {
          offering,
          term: t as CommitmentTerms["term"],
          payment: p as CommitmentTerms["payment"],
          discount: r,
          coveredMonthlyUsd: microsToUsd(covered),
          hourlyCommitmentUsd: Math.round(committedMonthly / HOURS_PER_MONTH / 1000) / 1000,
          upfrontUsd:
            p === "all-upfront" ? microsToUsd(committedMonthly * (t === "3y" ? 36 : 12)) : 0,
          monthlySavingUsd: microsToUsd(monthlySaving),
        };
      };
      items.push({
        id: `commitment:${offering}`,
        kind: "commitment",
        title: COMMITMENT_TITLES[offering],
        detail: `Covers the minimum capacity that runs all month (${formatUsdGrouped(covered)} of on-demand spend); ${term} ${payment} at ${Math.round(rate * 100)}% off. Usage above the minimum stays on-demand.`,
        resources: [...new Set(eligible.map((item) => item.resource))].sort(),
        monthlySavingMicros: saving,
        monthlySavingUsd: microsToUsd(saving),
        commitment: terms(term, payment, rate),
        ...(altRate === undefined ? {} : { alternative: terms(altTerm, altPayment, altRate) }),
      });
    }
  }

  const total = items.reduce((sum, item) => sum + item.monthlySavingMicros, 0);
  return {
    items,
    totalMonthlySavingMicros: total,
    totalMonthlySavingUsd: microsToUsd(total),
    monthlyAfterMicros: start - total,
    monthlyAfterUsd: microsToUsd(start - total),
  };
}
