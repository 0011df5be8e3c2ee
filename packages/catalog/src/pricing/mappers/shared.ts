import type { GraphNode } from "@idio-iac/graph";
import type { TrafficPattern } from "@idio-iac/intent-schema";
import type { MapperContext } from "../mapper-types.js";
import { HOURS_PER_MONTH, SCALE_OUT_SHARE } from "../usage.js";

export { HOURS_PER_MONTH };

/** Average running copies between a floor and a ceiling for a traffic pattern. */
export function averageCount(
  context: MapperContext,
  tier: string | null,
  min: number,
  max: number,
): { average: number; baselineShare: number } {
  const pattern: TrafficPattern = context.tier(tier)?.trafficPattern ?? "steady";
  const headroom = Math.max(0, max - min);
  const share =
    headroom === 0
      ? 0
      : context.assume({
          key: `scaleOutShare.${pattern}`,
          value: SCALE_OUT_SHARE[pattern],
          unit: "share of (max - min)",
          description: `Autoscaled capacity in use above the minimum on an average hour, ${pattern} traffic`,
        });
  const average = min + headroom * share;
  return { average, baselineShare: average === 0 ? 0 : min / average };
}

/**
 * A DR standby's copies: what it runs before failover, since no traffic
 * reaches it (a warm standby's desired count, a pilot light's zero).
 */
export function standbyCount(desired: number): { average: number; baselineShare: number } {
  return { average: desired, baselineShare: desired === 0 ? 0 : 1 };
}

/** Stored data of a tier, or a stated default when the intent gives none. */
export function dataSizeGb(
  context: MapperContext,
  tier: string | null,
  fallbackGb: number,
  what: string,
): number {
  const size = context.tier(tier)?.dataSizeGb;
  if (size !== undefined) return size;
  return context.assume({
    key: `default.${what}.dataSizeGb`,
    value: fallbackGb,
    unit: "GB",
    description: `Stored data of a ${what} whose tier sets no dataSizeGb`,
  });
}

/**
 * Share of stored data that changes each day (drives incremental backups and
 * replication): databases churn; object stores mostly add and keep.
 */
export function dailyChangeShare(
  context: MapperContext,
  store: "database" | "objects" = "database",
): number {
  return store === "database"
    ? context.assume({
        key: "data.dailyChangeShare.database",
        value: 0.01,
        unit: "share/day",
        description:
          "Share of a database's or table's contents changed per day (incremental backups, replication)",
      })
    : context.assume({
        key: "data.dailyChangeShare.objects",
        value: 0.002,
        unit: "share/day",
        description:
          "Share of a bucket's objects added or replaced per day (incremental backups, replication)",
      });
}

/**
 * Requests a node serves per month: its tier's, in the primary region. A
 * standby in the DR region serves none until a failover.
 */
export function requestsOf(context: MapperContext, node: GraphNode): number {
  return node.region === "primary" ? (context.tier(node.tier)?.requestsPerMonth ?? 0) : 0;
}

/**
 * Requests per month passing through an entry point (load balancer, API, web
 * ACL, distribution). A DR standby serves none; an edge (us-east-1) web ACL
 * inspects every request of the distributions it protects.
 */
export function requestsServedBy(context: MapperContext, node: GraphNode): number {
  if (node.region === "dr") return 0;
  return context.tiersServedBy(node.id).reduce((sum, tier) => sum + tier.requestsPerMonth, 0);
}

/** Share of data-store requests that are writes. */
export function writeShare(context: MapperContext): number {
  return context.assume({
    key: "data.writeShare",
    value: 0.2,
    unit: "share of requests",
    description: "Share of a data store's requests that are writes (the rest are reads)",
  });
}
