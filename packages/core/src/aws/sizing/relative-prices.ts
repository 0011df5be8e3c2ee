/**
 * Relative prices for budget fitting (docs/compiler.md, "Budget fitting").
 * The compiler must not load the price book, yet under `cost.monthlyBudgetUsd`
 * it weighs a burstable class against the general-purpose class it would
 * otherwise pick. It needs ratios, not dollars: each entry is the hourly
 * on-demand price of a burstable Graviton class divided by the price of the
 * general-purpose Graviton class IDIO picks for the same small load.
 *
 * Source: AWS on-demand pricing pages, us-east-1, Linux, retrieved 2026-11-21
 * (the same rows as the embedded price book):
 * - https://aws.amazon.com/ec2/pricing/on-demand/ — t4g.small $0.0168, t4g.medium $0.0336, m7g.large $0.0816;
 *   x86_64: t3.small $0.0208, t3.medium $0.0416, m7i.large $0.1008
 * - https://aws.amazon.com/rds/postgresql/pricing/ (MySQL identical) — db.t4g.small $0.032,
 *   db.t4g.medium $0.065, db.t4g.large $0.129, db.m7g.large $0.168 (Single-AZ; Multi-AZ is twice each)
 * - https://aws.amazon.com/rds/aurora/pricing/ — db.t4g.medium $0.073, db.t4g.large $0.146, db.r7g.large $0.276
 * - https://aws.amazon.com/elasticache/pricing/ (Redis OSS) — cache.t4g.small $0.032,
 *   cache.t4g.medium $0.065, cache.m7g.large $0.158
 *
 * Ratios hold across regions to within a few percent; a test recomputes each
 * one from the embedded price book so the table cannot drift from it.
 */
export interface RelativePrice {
  /** The cheaper class chosen under a budget. */
  readonly class: string;
  /** The class it replaces. */
  readonly instead: string;
  /** price(class) / price(instead), hourly on-demand. */
  readonly ratio: number;
}

const entry = (cls: string, instead: string, ratio: number): RelativePrice => ({
  class: cls,
  instead,
  ratio,
});

export const RELATIVE_PRICES: readonly RelativePrice[] = [
  entry("t4g.small", "m7g.large", 0.206),
  entry("t4g.medium", "m7g.large", 0.412),
  entry("t3.small", "m7i.large", 0.206),
  entry("t3.medium", "m7i.large", 0.413),
  entry("db.t4g.small", "db.m7g.large", 0.19),
  entry("db.t4g.medium", "db.m7g.large", 0.387),
  entry("db.t4g.large", "db.m7g.large", 0.768),
  entry("db.t4g.medium", "db.r7g.large", 0.264),
  entry("db.t4g.large", "db.r7g.large", 0.529),
  entry("cache.t4g.small", "cache.m7g.large", 0.203),
  entry("cache.t4g.medium", "cache.m7g.large", 0.411),
];

/** price(cls) / price(instead), when the table has the pair. */
export function relativePrice(cls: string, instead: string): number | undefined {
  return RELATIVE_PRICES.find((p) => p.class === cls && p.instead === instead)?.ratio;
}
