import { THROUGHPUT } from "@idio-iac/core";
import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef } from "../../context/context.js";
import { addAlarm } from "../shared/build-observability.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

const HEADROOM = 1.3;

/**
 * A DynamoDB table (single-table design keys pk/sk): on-demand unless the
 * load is steady and known, point-in-time recovery always, a global-table
 * replica in the DR region under replication.
 */
export function buildNoSql(context: CompileContext, t: ResolvedTier): void {
  const { nodes, availability, posture } = context;
  const p = t.prefix;
  const callers = t.connectedFrom.map((name) => context.tierByName.get(name)!);
  const rps = callers.reduce((sum, c) => sum + (c.tier.expectedRps ?? 0), 0) || t.tier.expectedRps;
  const steady =
    t.tier.trafficPattern === "steady" &&
    rps !== undefined &&
    rps > 0 &&
    callers.every((c) => c.tier.trafficPattern === "steady");
  const calculation: string[] = [];
  let readCapacity: number | undefined;
  let writeCapacity: number | undefined;
  if (steady) {
    readCapacity = Math.ceil(rps * THROUGHPUT.dynamoReadShare * HEADROOM);
    writeCapacity = Math.ceil(rps * (1 - THROUGHPUT.dynamoReadShare) * HEADROOM);
    calculation.push(
      `steady load ${rps} req/s: reads ${rps} x ${THROUGHPUT.dynamoReadShare} x ${HEADROOM} headroom = ${readCapacity} RCU; writes ${rps} x ${Math.round((1 - THROUGHPUT.dynamoReadShare) * 100) / 100} x ${HEADROOM} = ${writeCapacity} WCU`,
    );
  } else {
    calculation.push(
      `${rps === undefined ? "unknown load" : `${t.tier.trafficPattern} or caller-driven load`}: on-demand capacity follows traffic with no capacity planning`,
    );
  }
  const replicate = context.drRegion !== undefined;
  nodes.add({
    id: `${p}.table`,
    kind: "aws.dynamodb.table",
    tier: t.name,
    props: {
      name: t.awsName,
      billingMode: steady ? "PROVISIONED" : "PAY_PER_REQUEST",
      readCapacity,
      writeCapacity,
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
      `DynamoDB table, ${steady ? "provisioned" : "on-demand"}, point-in-time recovery (35 days)${replicate ? `, global-table replica in ${context.drRegion}` : ""}`,
      [
        t.pointer,
        `${t.pointer}/trafficPattern`,
        ...callers.map((c) => `${c.pointer}/expectedRps`),
        ...posture.pointers.kms,
        ...(replicate ? context.drPointers : []),
      ],
      calculation,
    ),
  });
  for (const metric of ["ReadThrottleEvents", "WriteThrottleEvents"] as const) {
    addAlarm(context, t, {
      metric: metric === "ReadThrottleEvents" ? "read-throttles" : "write-throttles",
      summary: `${t.name} ${metric === "ReadThrottleEvents" ? "reads" : "writes"} are throttled`,
      props: {
        namespace: "AWS/DynamoDB",
        metricName: metric,
        dimensions: { TableName: ref(`${p}.table`, "name") },
        statistic: "Sum",
        periodSeconds: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
      },
    });
  }
}
