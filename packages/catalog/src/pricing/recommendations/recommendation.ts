import type { ResourceGraph } from "@idio-iac/graph";

export type RecommendationKind =
  | "non-production"
  | "single-nat"
  | "graviton"
  | "right-size"
  | "storage-class"
  | "spot"
  | "commitment";

/** A commitment (Savings Plan or reservation) and what it costs to make. */
export interface CommitmentTerms {
  readonly offering: "compute-savings-plan" | "rds-reserved-instance" | "elasticache-reserved-node";
  readonly term: "1y" | "3y";
  readonly payment: "no-upfront" | "all-upfront";
  /** Discount off on-demand applied to the covered spend. */
  readonly discount: number;
  /** On-demand spend the commitment covers, per month. */
  readonly coveredMonthlyUsd: number;
  /** What is committed: the discounted hourly spend (Savings Plans are bought in $/hour). */
  readonly hourlyCommitmentUsd: number;
  /** Paid at purchase for all-upfront terms. */
  readonly upfrontUsd: number;
  readonly monthlySavingUsd: number;
}

export interface Recommendation {
  /** Stable id, e.g. `graviton:api.task`. */
  readonly id: string;
  readonly kind: RecommendationKind;
  readonly title: string;
  readonly detail: string;
  readonly resources: readonly string[];
  /** Saving counted in the total (exact, micro-dollars). */
  readonly monthlySavingMicros: number;
  readonly monthlySavingUsd: number;
  readonly commitment?: CommitmentTerms;
  /** A longer commitment shown for comparison; not added to the total. */
  readonly alternative?: CommitmentTerms;
}

export interface Recommendations {
  /** In the order they were applied; each saving is measured after the ones before it. */
  readonly items: readonly Recommendation[];
  readonly totalMonthlySavingMicros: number;
  readonly totalMonthlySavingUsd: number;
  /** The estimate with every recommendation applied. */
  readonly monthlyAfterMicros: number;
  readonly monthlyAfterUsd: number;
}

/** A change to the graph a recommendation proposes; its saving is measured by re-estimating. */
export interface GraphChange {
  readonly id: string;
  readonly kind: RecommendationKind;
  readonly title: string;
  readonly detail: string;
  readonly resources: readonly string[];
  readonly graph: ResourceGraph;
}
