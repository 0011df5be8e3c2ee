import { CACHE_NODE_TYPES } from "@idio-iac/core";
import type { CacheSizing } from "../../size/size-cache.js";

/**
 * A pilot light's DR cache: a standalone replication group, empty and switched down while idle,
 * scaled up to the primary's node type at failover. A cache holds no data of record (the
 * database replicates), so nothing needs a live Global Datastore secondary there; ElastiCache
 * changes a Valkey or Redis OSS group's node type online, the group serving throughout
 * (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/redis-cluster-vertical-scaling.html).
 */
export const PILOT_LIGHT_CACHE = {
  /**
   * cache.t4g.small: a burstable node earns CPU credits while it idles and spends them while it
   * carries the failed-over traffic during the scale-up; cache.t4g.micro's 0.5 GiB stays out of
   * production (as under a budget, size-cache.ts), and cache.t4g.medium doubles the price for
   * memory an empty cache does not use.
   */
  nodeType: "cache.t4g.small",
  /** A primary and a replica in another AZ: the least with which automatic failover works. */
  maxNodes: 2,
  docs: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/redis-cluster-vertical-scaling.html",
} as const;

/** The DR cache of a pilot light: the small node (or the primary's, if smaller), at most two nodes. */
export function pilotLightCacheSizing(primary: CacheSizing): CacheSizing {
  const small = CACHE_NODE_TYPES.find((n) => n.name === PILOT_LIGHT_CACHE.nodeType)!;
  const nodeType = primary.nodeType.memoryGib <= small.memoryGib ? primary.nodeType : small;
  const scales = nodeType.name !== primary.nodeType.name;
  return {
    ...primary,
    nodeType,
    nodes: Math.min(primary.nodes, PILOT_LIGHT_CACHE.maxNodes),
    memoryStep: scales
      ? `${primary.memoryStep}; pilot light: the DR cache holds no data of record (the database replicates) and stays empty until a failover -> ${nodeType.name} (${nodeType.memoryGib} GiB) instead of the primary's ${primary.nodeType.name}: a burstable node earns CPU credits while idle and spends them carrying the failed-over traffic while ElastiCache scales it online to ${primary.nodeType.name} (the runbook's failover step; ${PILOT_LIGHT_CACHE.docs}); cache.t4g.micro's 0.5 GiB stays out of production, cache.t4g.medium doubles the price for memory an empty cache does not use`
      : `${primary.memoryStep}; pilot light: the DR cache holds no data of record and stays empty until a failover -> the primary's ${nodeType.name}, no larger than ${PILOT_LIGHT_CACHE.nodeType}: nothing to scale at failover`,
  };
}
