import { CACHE_NODE_TYPES, cacheNodeTypeFor, THROUGHPUT, type CacheNodeType } from "@idio-iac/core";
import { BURSTABLE_MAX_VCPU, budgetOf, burstableStep } from "../decide/fit-budget.js";
import type { CompileContext } from "../context/context.js";
import type { ResolvedTier } from "../context/resolve-tiers.js";

const ENGINE_VERSION = { redis: "7.1", valkey: "8.0" } as const;

export interface CacheSizing {
  readonly engine: keyof typeof ENGINE_VERSION;
  readonly engineVersion: string;
  readonly nodeType: CacheNodeType;
  /** One node per AZ where data is Multi-AZ, else one. */
  readonly nodes: number;
  readonly snapshotRetentionDays: number;
  /** The memory and snapshot arithmetic (the node-count line depends on the site). */
  readonly memoryStep: string;
  readonly snapshotStep: string;
}

/**
 * A cache node holds the stated data plus the memory ElastiCache reserves;
 * no burstable nodes in production. A warm standby's cache is as highly
 * available as the primary's: it takes over a 99.999 service.
 */
export function sizeCache(context: CompileContext, t: ResolvedTier): CacheSizing {
  const { availability, posture, intent } = context;
  const engine = t.engine === "valkey" ? "valkey" : "redis";
  const dataGb = t.tier.dataSizeGb ?? 1;
  const needGib = dataGb / (1 - THROUGHPUT.cacheReservedShare);
  const standard = cacheNodeTypeFor({
    memoryGib: needGib,
    allowBurstable: !availability.production,
  });
  // Under a budget a small production cache runs on burstable nodes (ElastiCache supports
  // Multi-AZ with automatic failover on cache.t4g); cache.t4g.micro (0.5 GiB) stays out of production.
  const callerRps = t.connectedFrom.reduce(
    (sum, name) => sum + (context.tierByName.get(name)?.tier.expectedRps ?? 0),
    0,
  );
  const smallLoad =
    (callerRps * THROUGHPUT.queriesPerRequest) / THROUGHPUT.queriesPerDbVcpu <= BURSTABLE_MAX_VCPU;
  const budgetNode =
    availability.production && budgetOf(intent) !== undefined && smallLoad
      ? CACHE_NODE_TYPES.find((n) => n.burstable && n.memoryGib >= Math.max(1, needGib))
      : undefined;
  const nodeType = budgetNode ?? standard;
  const nodes = availability.multiAzData ? availability.zoneCount : 1;
  const snapshots =
    intent.environment === "development" ? 1 : Math.min(35, posture.backupRetentionDays);
  return {
    engine,
    engineVersion: t.tier.engineVersion ?? ENGINE_VERSION[engine],
    nodeType,
    nodes,
    snapshotRetentionDays: snapshots,
    memoryStep: `memory: ${dataGb} GB / (1 - ${THROUGHPUT.cacheReservedShare * 100}% reserved) = ${Math.round(needGib * 100) / 100} GiB -> ${standard.name} (${standard.memoryGib} GiB)${availability.production ? "; burstable t4g excluded in production" : ""}${budgetNode !== undefined ? `; ${burstableStep(intent, budgetNode.name, standard.name, nodes, "node")}` : ""}`,
    snapshotStep: `snapshots kept ${snapshots} days (ElastiCache maximum 35)`,
  };
}
