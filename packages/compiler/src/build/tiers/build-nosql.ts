import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef } from "../../context/context.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeTable } from "../../size/size-table.js";

/**
 * A DynamoDB table (single-table design keys pk/sk): on-demand unless the
 * load is steady and known, point-in-time recovery always, a global-table
 * replica in the DR region under replication.
 */
export function buildNoSql(context: CompileContext, t: ResolvedTier): void {
  const { availability, posture } = context;
  const sizing = sizeTable(context, t);
  const replicate = context.drRegion !== undefined;
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
      replicaRegions: replicate ? [context.drRegion!] : [],
      streamEnabled: replicate,
    },
    reason: because(
      `DynamoDB table, ${sizing.billingMode === "PROVISIONED" ? "provisioned" : "on-demand"}, point-in-time recovery (35 days)${replicate ? `, global-table replica in ${context.drRegion}` : ""}`,
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
