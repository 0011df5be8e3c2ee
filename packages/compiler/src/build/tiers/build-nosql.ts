import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef, siteRegion } from "../../context/context.js";
import type { Site } from "../../ids.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { addAlarm } from "../shared/build-observability.js";
import { lagThresholdSeconds } from "./build-database.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeTable } from "../../size/size-table.js";

/**
 * A DynamoDB table (single-table design keys pk/sk): on-demand unless the
 * load is steady and known, point-in-time recovery always, a global-table
 * replica in the DR region under replication, or in every extra serving region.
 */
export function buildNoSql(context: CompileContext, t: ResolvedTier): void {
  const { availability, posture } = context;
  const sizing = sizeTable(context, t);
  const sites = replicaSites(context);
  const regions = sites.map((site) => siteRegion(context, site));
  const replicate = sites.length > 0;
  context.nodes.add({
    id: `${t.prefix}.table`,
    kind: "aws.dynamodb.table",
    tier: t.name,
    props: {
      name: t.awsName,
      billingMode: sizing.billingMode,
      readCapacity: sizing.readCapacity,
      writeCapacity: sizing.writeCapacity,
      hashKey: "pk",
      rangeKey: "sk",
      attributes: [
        { name: "pk", type: "S" },
        { name: "sk", type: "S" },
      ],
      pointInTimeRecovery: true,
      serverSideEncryption: { enabled: true, kmsKeyArn: kmsKeyRef(context) },
      deletionProtection: availability.production,
      replicaRegions: regions,
      // Each replica on its region's key (a KMS key never leaves its region).
      ...(replicate && posture.kms
        ? {
            replicaKmsKeyArns: Object.fromEntries(
              sites.map((site) => [siteRegion(context, site), kmsKeyRef(context, "arn", site)!]),
            ),
          }
        : {}),
      streamEnabled: replicate,
    },
    reason: because(
      `DynamoDB table, ${sizing.billingMode === "PROVISIONED" ? "provisioned" : "on-demand"}, point-in-time recovery (35 days)${replicate ? `, global-table replica${regions.length > 1 ? "s" : ""} in ${regions.join(", ")}${context.servingRegions.length > 0 ? " (every region reads and writes its own replica; last writer wins)" : ""}` : ""}`,
      [
        t.pointer,
        `${t.pointer}/trafficPattern`,
        ...t.connectedFrom.map((name) => `${context.tierByName.get(name)!.pointer}/expectedRps`),
        ...posture.pointers.kms,
        ...(replicate ? context.drPointers : []),
      ],
      sizing.calculation,
    ),
  });
  addAlarms(context, t, TABLE_ALARMS, undefined, {
    TableName: ref(`${t.prefix}.table`, "name"),
  });
  for (const site of sites) addReplicationLatencyAlarm(context, t, site);
}

/** The DR region when one is used, else every extra serving region. */
function replicaSites(context: CompileContext): Site[] {
  return context.drRegion !== undefined ? ["dr"] : [...context.servingRegions];
}

/**
 * Global-table replication falling behind, measured where updates are sent
 * from (`ReplicationLatency`, ms, by `ReceivingRegion`:
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html):
 * alarm when it passes half the RPO.
 */
function addReplicationLatencyAlarm(context: CompileContext, t: ResolvedTier, site: Site): void {
  const rpo = context.intent.disasterRecovery.rpoMinutes;
  const seconds = lagThresholdSeconds(rpo);
  const region = siteRegion(context, site);
  addAlarm(context, t, {
    // Measured in the primary, one alarm per receiving region.
    metric: site === "dr" ? "replication-latency" : `replication-latency-${region}`,
    summary: `${t.name}'s replica in ${region} more than ${seconds} s behind (half the ${rpo}-minute RPO) for 5 minutes`,
    props: {
      namespace: "AWS/DynamoDB",
      metricName: "ReplicationLatency",
      dimensions: {
        TableName: ref(`${t.prefix}.table`, "name"),
        ReceivingRegion: region,
      },
      statistic: "Average",
      periodSeconds: 60,
      evaluationPeriods: 5,
      threshold: seconds * 1000,
      comparisonOperator: "GreaterThanThreshold",
    },
    calculation: [`threshold = rpoMinutes ${rpo} x 60 s / 2 = ${seconds} s = ${seconds * 1000} ms`],
    pointers: ["/disasterRecovery/rpoMinutes", ...context.drPointers],
  });
}

/** A table's alarms (namespace AWS/DynamoDB): throttled reads and writes. */
const TABLE_ALARMS: readonly AlarmRecipe<undefined>[] = (
  [
    ["read-throttles", "ReadThrottleEvents", "reads"],
    ["write-throttles", "WriteThrottleEvents", "writes"],
  ] as const
).map(([metric, metricName, what]) => ({
  metric,
  namespace: "AWS/DynamoDB",
  metricName,
  statistic: "Sum",
  periodSeconds: 300,
  evaluationPeriods: 1,
  threshold: () => 0,
  comparisonOperator: "GreaterThanThreshold",
  summary: (tier: string) => `${tier} ${what} are throttled`,
}));
