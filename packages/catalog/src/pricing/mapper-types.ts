import type { GraphNode, Kind, ResourceGraph } from "@idio-iac/graph";
import type { TierUsage, Usage } from "./usage.js";

/** One priced quantity a mapper asks for; the estimator finds its price by filter. */
export interface CostComponent {
  /** Human name of the charge, e.g. "Fargate vCPU (ARM64)". */
  readonly component: string;
  readonly product: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly quantity: number;
  /** Region to price in; defaults to the node's region. `global` for CloudFront and Route 53. */
  readonly region?: string;
  /**
   * Share of the quantity that runs all month at minimum capacity: what a
   * Savings Plan or reservation can cover. Absent for usage-driven charges.
   */
  readonly baselineShare?: number;
  /** Which commitment can discount this charge, if any. */
  readonly commitment?:
    "compute-savings-plan" | "rds-reserved-instance" | "elasticache-reserved-node";
}

/** A default the mapper relied on; listed with the estimate. */
export interface AssumptionInput {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  readonly description: string;
}

/** What a mapper may read besides its node: the graph around it and the usage. */
export interface MapperContext {
  readonly graph: ResourceGraph;
  readonly usage: Usage;
  /** AWS region code of a node (primary or DR). */
  regionOf(node: GraphNode): string;
  node(id: string): GraphNode | undefined;
  /**
   * Nodes whose props reference `id`, in graph order; only nodes of the kinds
   * mappers follow backwards are indexed (see REFERRING_KINDS in graph-context.ts).
   */
  referrers(id: string): readonly GraphNode[];
  tier(name: string | null): TierUsage | undefined;
  /** Records a default and returns its value (or the value set for its key with --assume). */
  assume(assumption: AssumptionInput): number;
  /** Availability Zones the graph spreads over (distinct subnet AZs; at least 1). */
  readonly azCount: number;
  /** Tiers whose traffic passes through an entry point (load balancer, API, distribution, web ACL). */
  tiersServedBy(nodeId: string): readonly TierUsage[];
  /** GB/month this node serves to the internet (its share of the transfer assumption). */
  internetEgressGb(nodeId: string): number;
  /** Computes a graph-wide value once per estimate (totals several mappers share). */
  memo<T>(key: string, compute: () => T): T;
}

export interface PriceMapper<K extends Kind = Kind> {
  readonly kind: K;
  components(node: GraphNode<K>, context: MapperContext): CostComponent[];
}

/** A kind with no charge of its own, and why (shown to reviewers, checked for length by a test). */
export interface NotPriced {
  readonly notPriced: string;
}

export function notPriced(reason: string): NotPriced {
  return { notPriced: reason };
}

/** A registry entry is a mapper exactly when it has `components`. */
export function isPriced<K extends Kind>(
  entry: PriceMapper<K> | NotPriced,
): entry is PriceMapper<K> {
  return "components" in entry;
}

/** The price registry's type: every kind has a mapper or a reason it is free; none is optional. */
export type PriceMappers = { readonly [K in Kind]: PriceMapper<K> | NotPriced };
