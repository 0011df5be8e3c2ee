import { join, ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef, nameOf, sitesOf } from "../../context/context.js";
import { addDataPlacement } from "./build-database.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { sgId } from "../shared/build-security-group.js";
import { awsRegionOfSite, sitePart } from "../shared/replica-sites.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeCache, type CacheSizing } from "../../size/size-cache.js";
import {
  addGlobalDatastore,
  addGlobalLagAlarms,
  checkGlobalDatastoreEngine,
  globalDatastoreOf,
  globalDatastoreSizing,
  isPilotLightDr,
} from "./cache-global-datastore.js";
import { pilotLightCacheSizing } from "./cache-pilot-light.js";
import {
  isActiveActiveRegion,
  primaryCacheNote,
  servingRegionCacheWhy,
} from "./cache-serving-region.js";

/**
 * A Redis/Valkey replication group: one node per AZ with automatic failover where data is
 * Multi-AZ. When the recovery keeps a warm standby, the primary's group heads an ElastiCache
 * Global Datastore and the standby's group joins it (cache-global-datastore.ts); the primary
 * builds the secondaries no site loop builds. A pilot light's DR group stands alone, small and
 * empty, scaled up on failover (cache-pilot-light.ts); an active-active region's stands alone at
 * the primary's size and takes its tiers' writes (cache-serving-region.ts).
 */
export function buildCache(context: CompileContext, t: ResolvedTier, site: Site = "primary"): void {
  const plan = globalDatastoreOf(context);
  const joins = plan !== undefined && (site === "primary" || plan.sites.includes(site));
  const base = sizeCache(context, t);
  const pilotLight = isPilotLightDr(context, site);
  const sizing = joins
    ? secondaryNodes(globalDatastoreSizing(context, t, base, site), site)
    : pilotLight
      ? pilotLightCacheSizing(base)
      : base;
  addDataPlacement(context, t, site);
  addReplicationGroup(context, t, site, sizing, joins && site !== "primary");
  addCacheAlarms(context, t, site, sizing);
  if (!joins) return;
  if (site !== "primary") {
    addGlobalLagAlarms(context, t, site, sizing);
    return;
  }
  checkGlobalDatastoreEngine(context, t, sizing);
  addGlobalDatastore(context, t, plan, sizing);
  const built = sitesOf(context);
  for (const secondary of plan.sites)
    if (!built.includes(secondary)) buildCache(context, t, secondary);
}

/**
 * The DR region's secondary serves no traffic until a failover: two nodes (a primary and a
 * replica in another AZ, the least with which the automatic failover it inherits from the
 * primary works); replicas are added after a failover. Serving regions keep the full count.
 */
function secondaryNodes(sizing: CacheSizing, site: Site): CacheSizing {
  return site !== "dr" || sizing.nodes <= 2 ? sizing : { ...sizing, nodes: 2 };
}

/** The nodes a full replication group runs: one per AZ where data is Multi-AZ. */
function zonesOfData({ availability }: CompileContext): number {
  return availability.multiAzData ? availability.zoneCount : 1;
}

/** The node-count line of a replication group's calculation. */
function nodesStep(context: CompileContext, site: Site, nodes: number, secondary: boolean): string {
  const { availability } = context;
  const perAz = zonesOfData(context);
  if (secondary && site === "dr" && nodes < perAz)
    return `nodes: DR secondary -> 2 (a primary and a replica in another AZ, the least the automatic failover it inherits works with) instead of ${perAz}; add replicas after a failover`;
  if (isPilotLightDr(context, site) && nodes < perAz)
    return `nodes: pilot light -> ${nodes} (a primary and a replica in another AZ, the least automatic failover works with) instead of ${perAz}; add replicas after a failover`;
  const region = awsRegionOfSite(context, site);
  const where =
    site === "primary"
      ? ""
      : isActiveActiveRegion(context, site)
        ? ` (serving region ${region}: its own group, as the primary's)`
        : ` (${secondary ? "Global Datastore secondary" : isPilotLightDr(context, site) ? "pilot light" : "standby"} in ${region})`;
  return `nodes: ${availability.multiAzData ? `Multi-AZ data -> one per AZ = ${nodes}` : "single node outside production"}${where}`;
}

/**
 * ElastiCache publishes node metrics under `CacheClusterId` only, one per node
 * (`<replication group id>-001`, `-002`, …, cluster mode disabled), never under
 * the replication group: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html
 * and https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html
 * (`ReplicationLag` "is only applicable for a node running as a read replica").
 * So every node gets its CPU and memory alarms and, with replicas, its lag
 * alarm: after a failover any node may be the replica, and the primary simply
 * publishes no lag (missing data does not breach).
 */
function addCacheAlarms(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  sizing: CacheSizing,
): void {
  const group = ref(siteId(site, `${t.prefix}.replication-group`), "id");
  for (let node = 1; node <= sizing.nodes; node++) {
    const member = String(node).padStart(3, "0");
    const recipes = CACHE_ALARMS.filter(
      (r) => r.metric !== "replication-lag" || sizing.nodes > 1,
    ).map((r) => ({
      ...r,
      metric: `${r.metric}-${member}`,
      summary: (tier: string, d: CacheSizing) => r.summary(`${tier} node ${member}`, d),
    }));
    addAlarms(context, t, recipes, sizing, { CacheClusterId: join(group, `-${member}`) }, site);
  }
}

/** ElastiCache replication group ids: at most 40 characters (member clusters add `-001`, within the 50 of a cluster id). */
export function replicationGroupIdOf(context: CompileContext, t: ResolvedTier, site: Site): string {
  return nameOf(context, [t.name, ...sitePart(site)], 40);
}

function addReplicationGroup(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  sizing: CacheSizing,
  secondary: boolean,
): void {
  const { posture } = context;
  const p = siteId(site, t.prefix);
  const { engine, nodeType, nodes } = sizing;
  const region = awsRegionOfSite(context, site);
  const pilotLight = isPilotLightDr(context, site);
  const standalone = isActiveActiveRegion(context, site);
  const activeActivePrimary = site === "primary" && context.recovery.builds === "active-active";
  context.nodes.add({
    id: `${p}.replication-group`,
    kind: "aws.elasticache.replication_group",
    tier: t.name,
    region: site,
    props: {
      // 40 characters at most; nameOf shortens with a stable hash, so two long names never collide.
      replicationGroupId: replicationGroupIdOf(context, t, site),
      description: `${engine} cache of ${t.name}${secondary ? ` (Global Datastore secondary in ${region})` : pilotLight ? ` (pilot light in ${region}: empty, scaled up on failover)` : ""}`,
      engine,
      engineVersion: sizing.engineVersion,
      nodeType: nodeType.name,
      numCacheClusters: nodes,
      automaticFailover: nodes > 1,
      multiAz: nodes > 1,
      atRestEncryption: true,
      transitEncryption: posture.tls,
      // A key never leaves its region: each secondary encrypts with its own region's key.
      kmsKeyId: kmsKeyRef(context, "arn", site),
      port: t.port,
      subnetGroupName: ref(`${p}.subnet-group`, "name"),
      securityGroupIds: [ref(sgId(t, site))],
      snapshotRetentionDays: sizing.snapshotRetentionDays,
      autoMinorVersionUpgrade: true,
      ...(secondary ? { globalReplicationGroupId: ref(`${t.prefix}.global-datastore`, "id") } : {}),
    },
    reason: because(
      `${engine} ${nodeType.name}, ${nodes} node${nodes > 1 ? `s (${nodes === zonesOfData(context) ? "one per AZ" : "in separate AZs"}) with automatic failover` : ""}; encrypted at rest${posture.tls ? " and in transit" : ""}${secondary ? `; a read-only secondary of the Global Datastore, in sync with ${context.intent.region} and promoted on failover (engine, version, node type and encryption come from the primary)` : ""}${pilotLight ? `; the pilot light's cache in ${region}: no Global Datastore (a cache holds no data of record; the database replicates), so it starts empty at failover (sessions kept in it are lost: users sign in again) and is scaled up online to the primary's node type while the database is promoted` : ""}${standalone ? servingRegionCacheWhy(context, region) : ""}${activeActivePrimary ? primaryCacheNote(context) : ""}`,
      [
        t.pointer,
        `${t.pointer}/engine`,
        `${t.pointer}/dataSizeGb`,
        "/environment",
        "/availability",
        ...posture.pointers.kms,
        ...(secondary || pilotLight || standalone || activeActivePrimary
          ? context.recovery.pointers
          : []),
      ],
      [sizing.memoryStep, nodesStep(context, site, nodes, secondary), sizing.snapshotStep],
    ),
  });
}

/** A cache node's alarms (namespace AWS/ElastiCache); replication lag when the group has replicas. */
const CACHE_ALARMS: readonly AlarmRecipe<CacheSizing>[] = [
  {
    metric: "cpu",
    namespace: "AWS/ElastiCache",
    metricName: "EngineCPUUtilization",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: () => 80,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} engine CPU above 80% for 15 minutes`,
  },
  {
    metric: "memory",
    namespace: "AWS/ElastiCache",
    metricName: "DatabaseMemoryUsagePercentage",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: () => 80,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} memory above 80%: evictions will follow`,
  },
  {
    metric: "replication-lag",
    namespace: "AWS/ElastiCache",
    metricName: "ReplicationLag",
    statistic: "Maximum",
    periodSeconds: 60,
    evaluationPeriods: 5,
    threshold: () => 5,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} replicas more than 5 s behind the primary`,
  },
];
