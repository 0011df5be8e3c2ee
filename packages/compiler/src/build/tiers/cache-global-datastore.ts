import { CACHE_NODE_TYPES } from "@idio-iac/core";
import { join, ref } from "@idio-iac/graph";
import { type CompileContext, nameOf, report } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { CacheSizing } from "../../size/size-cache.js";
import { awsRegionOfSite, replicaSitesOf } from "../shared/replica-sites.js";
import { addAlarm } from "../shared/build-observability.js";
import { lagThresholdSeconds } from "./build-database.js";
import { isActiveActiveRegion } from "./cache-serving-region.js";

/**
 * ElastiCache Global Datastore: the primary replication group replicates to a secondary group
 * in up to two other regions, on node families M5, M6g, M7g, R5, R6g, R6gd, R7g and C7gn of size
 * large and above, Redis OSS 5.0.6+ or Valkey
 * (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Getting-Started.html).
 */
export const GLOBAL_DATASTORE = {
  families: ["m5", "m6g", "m7g", "r5", "r6g", "r6gd", "r7g", "c7gn"],
  smallSizes: ["micro", "small", "medium"],
  maxSecondaryRegions: 2,
  minRedisVersion: [5, 0, 6],
  docs: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Getting-Started.html",
} as const;

const SUPPORTED_TEXT = "M5, M6g, M7g, R5, R6g, R6gd, R7g or C7gn nodes of size large or above";

/** What a cache tier's Global Datastore spans; undefined when the data is not replicated. */
export interface GlobalDatastorePlan {
  /** The secondary sites that join it (at most two), in site order. */
  readonly sites: readonly Site[];
}

export function globalDatastoreOf(context: CompileContext): GlobalDatastorePlan | undefined {
  if (!context.recovery.replicatesData) return undefined;
  // A cache holds no data of record (the database replicates): a pilot light's DR cache is a
  // small empty group, scaled up on failover (cache-pilot-light.ts), and an active-active
  // region's is its own writable group (cache-serving-region.ts); neither is a live secondary.
  const sites = replicaSitesOf(context).filter(
    (site) => !isPilotLightDr(context, site) && !isActiveActiveRegion(context, site),
  );
  if (sites.length === 0) return undefined;
  // What remains is one standby: the DR region, or failover routing's one other region (IDIO325).
  return { sites: sites.slice(0, GLOBAL_DATASTORE.maxSecondaryRegions) };
}

/** The DR region of a pilot light: switched off until a failover. */
export function isPilotLightDr(context: CompileContext, site: Site): boolean {
  return site === "dr" && context.recovery.builds === "pilot-light";
}

export function supportsGlobalDatastore(nodeType: string): boolean {
  const [, family = "", size = ""] = nodeType.split(".");
  return (
    (GLOBAL_DATASTORE.families as readonly string[]).includes(family) &&
    !(GLOBAL_DATASTORE.smallSizes as readonly string[]).includes(size)
  );
}

/**
 * The sizing a Global Datastore can run: a node type it supports (the smallest with at least
 * the memory sized), the same in every region. Reports the change once, in the primary.
 */
export function globalDatastoreSizing(
  context: CompileContext,
  t: ResolvedTier,
  sizing: CacheSizing,
  site: Site,
): CacheSizing {
  if (supportsGlobalDatastore(sizing.nodeType.name)) return sizing;
  const nodeType = CACHE_NODE_TYPES.find(
    (n) => supportsGlobalDatastore(n.name) && n.memoryGib >= sizing.nodeType.memoryGib,
  )!;
  if (site === "primary")
    report(context, t.pointer, {
      code: CompileCode.GlobalDatastoreNodeType,
      message: `Cache ${t.name} would run on ${sizing.nodeType.name}, which ElastiCache Global Datastore does not support (it needs ${SUPPORTED_TEXT}); it runs on ${nodeType.name} in every region instead, so its copy in the recovery region stays current`,
      hint: `Global Datastore keeps ${t.name} hot in another region because the recovery strategy serves from it within minutes (warm standby); a pilot light (rtoMinutes 10 or more, availability below 99.999) starts an empty cache there instead and keeps ${sizing.nodeType.name}. See ${GLOBAL_DATASTORE.docs}`,
    });
  return {
    ...sizing,
    nodeType,
    memoryStep: `${sizing.memoryStep}; Global Datastore needs ${SUPPORTED_TEXT} -> ${nodeType.name} (${nodeType.memoryGib} GiB)`,
  };
}

/** Redis OSS before 5.0.6 cannot join a Global Datastore: an error at the tier's engineVersion. */
export function checkGlobalDatastoreEngine(
  context: CompileContext,
  t: ResolvedTier,
  sizing: CacheSizing,
): void {
  if (sizing.engine !== "redis") return;
  const version = sizing.engineVersion.split(".").map(Number);
  const min = GLOBAL_DATASTORE.minRedisVersion;
  const older = min.findIndex((part, i) => (version[i] ?? 0) !== part);
  if (older === -1 || (version[older] ?? 0) > min[older]!) return;
  report(context, `${t.pointer}/engineVersion`, {
    code: CompileCode.GlobalDatastoreEngine,
    message: `Redis OSS ${sizing.engineVersion} cannot join an ElastiCache Global Datastore, which replicates cache ${t.name} to the recovery region: it needs Redis OSS 5.0.6 or later, or Valkey`,
    hint: `Set engineVersion to "7.1" (or remove it for IDIO's default), or engine: valkey. See ${GLOBAL_DATASTORE.docs}`,
  });
}

/** The Global Datastore, in the primary region, around the primary replication group. */
export function addGlobalDatastore(
  context: CompileContext,
  t: ResolvedTier,
  plan: GlobalDatastorePlan,
  sizing: CacheSizing,
): void {
  const regions = plan.sites.map((site) => awsRegionOfSite(context, site));
  context.nodes.add({
    id: `${t.prefix}.global-datastore`,
    kind: "aws.elasticache.global_replication_group",
    tier: t.name,
    props: {
      idSuffix: nameOf(context, [t.name], 40),
      description: `Global Datastore of ${t.name}: ${context.intent.region} writes, ${regions.join(" and ")} read`,
      primaryReplicationGroupId: ref(`${t.prefix}.replication-group`, "id"),
    },
    reason: because(
      `ElastiCache Global Datastore: ${t.name}'s writes in ${context.intent.region} replicate to ${regions.join(" and ")} (typically under a second), so a failover finds the cache warm; a secondary is promoted by hand (no automatic cross-region failover)`,
      [t.pointer, ...context.recovery.pointers, ...context.drPointers],
      [
        `recovery ${context.recovery.builds}: data replicated live -> Global Datastore`,
        `${sizing.nodeType.name}: ${SUPPORTED_TEXT} -> supported`,
        `secondary regions: ${regions.length} of at most ${GLOBAL_DATASTORE.maxSecondaryRegions}`,
      ],
    ),
  });
}

/**
 * The secondary falling behind puts the recovery point at risk: in its region, on each of its
 * nodes (`GlobalDatastoreReplicationLag`, seconds, published by the secondary's primary node:
 * https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html), above half
 * the RPO for 5 minutes, like the databases' DR lag alarms.
 */
export function addGlobalLagAlarms(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  sizing: CacheSizing,
): void {
  const rpo = context.intent.disasterRecovery.rpoMinutes;
  const seconds = lagThresholdSeconds(rpo);
  const group = ref(siteId(site, `${t.prefix}.replication-group`), "id");
  for (let n = 1; n <= sizing.nodes; n++) {
    const member = String(n).padStart(3, "0");
    addAlarm(context, t, {
      metric: `global-replication-lag-${member}`,
      summary: `${t.name} node ${member} in ${awsRegionOfSite(context, site)} more than ${seconds} s behind the Global Datastore's primary (half the ${rpo}-minute RPO) for 5 minutes`,
      props: {
        namespace: "AWS/ElastiCache",
        metricName: "GlobalDatastoreReplicationLag",
        dimensions: { CacheClusterId: join(group, `-${member}`) },
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 5,
        threshold: seconds,
        comparisonOperator: "GreaterThanThreshold",
      },
      calculation: [`threshold = rpoMinutes ${rpo} x 60 s / 2 = ${seconds} s`],
      pointers: ["/disasterRecovery/rpoMinutes"],
      site,
    });
  }
}
