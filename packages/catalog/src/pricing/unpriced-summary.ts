import type { UnpricedComponent } from "./cost-estimate.js";

/**
 * "3 components (api-db: RDS instance hours, ...)" — the first few unpriced
 * components and the count, for the budget verdict and the budget gate.
 */
export function unpricedSummary(unpriced: readonly UnpricedComponent[], shown = 3): string {
  const names = unpriced
    .slice(0, shown)
    .map((item) => `${item.resource}: ${item.component} in ${item.region}`);
  const more = unpriced.length > shown ? `, and ${unpriced.length - shown} more` : "";
  return `${unpriced.length} component${unpriced.length === 1 ? "" : "s"} (${names.join("; ")}${more})`;
}

/** The regions of the unpriced components, sorted: what `idio prices refresh --regions` needs. */
export function unpricedRegions(unpriced: readonly UnpricedComponent[]): string[] {
  return [...new Set(unpriced.map((item) => item.region))].sort();
}
