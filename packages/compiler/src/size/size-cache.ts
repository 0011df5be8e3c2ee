import { cacheNodeTypeFor, THROUGHPUT, type CacheNodeType } from "@idio-iac/core";
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
  const nodeType = cacheNodeTypeFor({
    memoryGib: needGib,
    allowBurstable: !availability.production,
  });
  const snapshots =
    intent.environment === "development" ? 1 : Math.min(35, posture.backupRetentionDays);
  return {
    engine,
    engineVersion: t.tier.engineVersion ?? ENGINE_VERSION[engine],
    nodeType,
    nodes: availability.multiAzData ? availability.zoneCount : 1,
    snapshotRetentionDays: snapshots,
    memoryStep: `memory: ${dataGb} GB / (1 - ${THROUGHPUT.cacheReservedShare * 100}% reserved) = ${Math.round(needGib * 100) / 100} GiB -> ${nodeType.name} (${nodeType.memoryGib} GiB)${availability.production ? "; burstable t4g excluded in production" : ""}`,
    snapshotStep: `snapshots kept ${snapshots} days (ElastiCache maximum 35)`,
  };
}
