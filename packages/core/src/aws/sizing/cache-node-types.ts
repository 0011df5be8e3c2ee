/**
 * ElastiCache node types IDIO chooses from, smallest first, with the memory
 * each node offers to Redis/Valkey (AWS ElastiCache "supported node types").
 * Burstable `t4g` nodes are offered only outside production.
 */
export interface CacheNodeType {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly burstable: boolean;
}

const node = (name: string, vcpu: number, memoryGib: number): CacheNodeType => ({
  name,
  vcpu,
  memoryGib,
  burstable: name.startsWith("cache.t"),
});

export const CACHE_NODE_TYPES: readonly CacheNodeType[] = [
  node("cache.t4g.micro", 2, 0.5),
  node("cache.t4g.small", 2, 1.37),
  node("cache.t4g.medium", 2, 3.09),
  node("cache.m7g.large", 2, 6.38),
  node("cache.r7g.large", 2, 13.07),
  node("cache.r7g.xlarge", 4, 26.32),
  node("cache.r7g.2xlarge", 8, 52.82),
  node("cache.r7g.4xlarge", 16, 105.81),
  node("cache.r7g.8xlarge", 32, 209.55),
  node("cache.r7g.12xlarge", 48, 317.77),
  node("cache.r7g.16xlarge", 64, 419.09),
];

/** The smallest node type whose memory holds `memoryGib`; the largest when nothing fits. */
export function cacheNodeTypeFor(need: {
  memoryGib: number;
  allowBurstable: boolean;
}): CacheNodeType {
  const candidates = CACHE_NODE_TYPES.filter((n) => need.allowBurstable || !n.burstable);
  return (
    candidates.find((n) => n.memoryGib >= need.memoryGib) ?? candidates[candidates.length - 1]!
  );
}
