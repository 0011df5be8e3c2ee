import { cacheNodeTypeFor, THROUGHPUT } from "@idio-iac/core";
import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef } from "../../context/context.js";
import { addDataPlacement } from "./build-database.js";
import { addAlarm } from "../shared/build-observability.js";
import { sgId } from "../shared/build-security-group.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

const ENGINE_VERSION = { redis: "7.1", valkey: "8.0" } as const;

/** A Redis/Valkey replication group: one node per AZ with automatic failover where data is Multi-AZ. */
export function buildCache(context: CompileContext, t: ResolvedTier, site: Site = "primary"): void {
  const { nodes, availability, posture, intent } = context;
  const p = siteId(site, t.prefix);
  const dr = site === "dr";
  const engine = (t.engine === "valkey" ? "valkey" : "redis") as keyof typeof ENGINE_VERSION;
  const dataGb = t.tier.dataSizeGb ?? 1;
  const needGib = dataGb / (1 - THROUGHPUT.cacheReservedShare);
  const nodeType = cacheNodeTypeFor({
    memoryGib: needGib,
    allowBurstable: !availability.production,
  });
  // A warm standby's cache is as highly available as the primary's: it takes over a 99.999 service.
  const nodesCount = availability.multiAzData ? availability.zoneCount : 1;
  const snapshots =
    intent.environment === "development" ? 1 : Math.min(35, posture.backupRetentionDays);
  addDataPlacement(context, t, site);
  nodes.add({
    id: `${p}.replication-group`,
    kind: "aws.elasticache.replication_group",
    tier: t.name,
    region: site,
    props: {
      replicationGroupId: `${t.awsName.slice(0, dr ? 37 : 40).replace(/-+$/, "")}${dr ? "-dr" : ""}`,
      description: `${engine} cache of ${t.name}`,
      engine,
      engineVersion: t.tier.engineVersion ?? ENGINE_VERSION[engine],
      nodeType: nodeType.name,
      numCacheClusters: nodesCount,
      automaticFailover: nodesCount > 1,
      multiAz: nodesCount > 1,
      atRestEncryption: true,
      transitEncryption: posture.tls,
      kmsKeyId: kmsKeyRef(context, "arn", site),
      port: t.port,
      subnetGroupName: ref(`${p}.subnet-group`, "name"),
      securityGroupIds: [ref(sgId(t, site))],
      snapshotRetentionDays: snapshots,
      autoMinorVersionUpgrade: true,
    },
    reason: because(
      `${engine} ${nodeType.name}, ${nodesCount} node${nodesCount > 1 ? "s (one per AZ) with automatic failover" : ""}; encrypted at rest${posture.tls ? " and in transit" : ""}`,
      [
        t.pointer,
        `${t.pointer}/engine`,
        `${t.pointer}/dataSizeGb`,
        "/environment",
        "/availability",
        ...posture.pointers.kms,
      ],
      [
        `memory: ${dataGb} GB / (1 - ${THROUGHPUT.cacheReservedShare * 100}% reserved) = ${Math.round(needGib * 100) / 100} GiB -> ${nodeType.name} (${nodeType.memoryGib} GiB)${availability.production ? "; burstable t4g excluded in production" : ""}`,
        `nodes: ${availability.multiAzData ? `Multi-AZ data -> one per AZ = ${nodesCount}` : "single node outside production"}${dr ? ` (warm standby in ${context.drRegion})` : ""}`,
        `snapshots kept ${snapshots} days (ElastiCache maximum 35)`,
      ],
    ),
  });
  const dims = { ReplicationGroupId: ref(`${p}.replication-group`, "id") };
  addAlarm(context, t, {
    site,
    metric: "cpu",
    summary: `${t.name} engine CPU above 80% for 15 minutes`,
    props: {
      namespace: "AWS/ElastiCache",
      metricName: "EngineCPUUtilization",
      dimensions: dims,
      statistic: "Average",
      periodSeconds: 300,
      evaluationPeriods: 3,
      threshold: 80,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    site,
    metric: "memory",
    summary: `${t.name} memory above 80%: evictions will follow`,
    props: {
      namespace: "AWS/ElastiCache",
      metricName: "DatabaseMemoryUsagePercentage",
      dimensions: dims,
      statistic: "Average",
      periodSeconds: 300,
      evaluationPeriods: 3,
      threshold: 80,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  if (nodesCount > 1) {
    addAlarm(context, t, {
      site,
      metric: "replication-lag",
      summary: `${t.name} replicas more than 5 s behind the primary`,
      props: {
        namespace: "AWS/ElastiCache",
        metricName: "ReplicationLag",
        dimensions: dims,
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 5,
        threshold: 5,
        comparisonOperator: "GreaterThanThreshold",
      },
    });
  }
}
