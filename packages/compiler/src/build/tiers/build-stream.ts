import { THROUGHPUT } from "@idio-iac/core";
import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef } from "../../context/context.js";
import { addAlarm } from "../shared/build-observability.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

const HEADROOM = 1.25;

/** A Kinesis stream: provisioned shards for steady known load, on-demand otherwise. */
export function buildStream(
  context: CompileContext,
  t: ResolvedTier,
  site: Site = "primary",
): void {
  const { nodes } = context;
  const p = siteId(site, t.prefix);
  const dr = site === "dr";
  const rps = t.tier.expectedRps;
  // The standby's stream is on-demand: it costs little until traffic fails over.
  const steady = t.tier.trafficPattern === "steady" && rps !== undefined && rps > 0 && !dr;
  const calculation: string[] = [];
  let shardCount: number | undefined;
  if (steady) {
    const byRecords = rps / THROUGHPUT.kinesisShardRecordsPerSecond;
    const byBytes = (rps * THROUGHPUT.kinesisRecordKb) / THROUGHPUT.kinesisShardKbPerSecond;
    shardCount = Math.max(1, Math.ceil(Math.max(byRecords, byBytes) * HEADROOM));
    calculation.push(
      `records: ${rps}/s / ${THROUGHPUT.kinesisShardRecordsPerSecond} per shard = ${byRecords}; bytes: ${rps} x ${THROUGHPUT.kinesisRecordKb} KB / ${THROUGHPUT.kinesisShardKbPerSecond} KB/s per shard = ${byBytes}`,
      `shards = ceil(max(${byRecords}, ${byBytes}) x ${HEADROOM} headroom) = ${shardCount}`,
    );
  } else {
    calculation.push(
      `${rps === undefined ? "unknown" : t.tier.trafficPattern} load: on-demand mode scales shards automatically`,
    );
  }
  const key = kmsKeyRef(context, "id", site);
  nodes.add({
    id: `${p}.stream`,
    kind: "aws.kinesis.stream",
    tier: t.name,
    region: site,
    props: {
      name: `${t.awsName}${dr ? "-dr" : ""}`,
      mode: steady ? "PROVISIONED" : "ON_DEMAND",
      shardCount,
      retentionHours: 24,
      encryption: key ? { type: "KMS", kmsKeyId: key } : { type: "KMS" },
    },
    reason: because(
      `Kinesis stream, ${steady ? `${shardCount} provisioned shards` : "on-demand"}, encrypted, 24-hour retention for replay`,
      [
        t.pointer,
        `${t.pointer}/expectedRps`,
        `${t.pointer}/trafficPattern`,
        ...context.posture.pointers.kms,
      ],
      calculation,
    ),
  });
  const dims = { StreamName: ref(`${p}.stream`, "name") };
  addAlarm(context, t, {
    site,
    metric: "iterator-age",
    summary: `${t.name} consumers are more than 1 minute behind`,
    props: {
      namespace: "AWS/Kinesis",
      metricName: "GetRecords.IteratorAgeMilliseconds",
      dimensions: dims,
      statistic: "Maximum",
      periodSeconds: 300,
      evaluationPeriods: 1,
      threshold: 60000,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    site,
    metric: "write-throttles",
    summary: `${t.name} rejects writes (throughput exceeded)`,
    props: {
      namespace: "AWS/Kinesis",
      metricName: "WriteProvisionedThroughputExceeded",
      dimensions: dims,
      statistic: "Sum",
      periodSeconds: 300,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
}
