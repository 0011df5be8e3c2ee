import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef } from "../../context/context.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { type Site, siteId, siteSuffix } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeStream } from "../../size/size-stream.js";

/** A Kinesis stream: provisioned shards for steady known load, on-demand otherwise. */
export function buildStream(
  context: CompileContext,
  t: ResolvedTier,
  site: Site = "primary",
): void {
  const p = siteId(site, t.prefix);
  const sizing = sizeStream(t, site);
  const key = kmsKeyRef(context, "id", site);
  context.nodes.add({
    id: `${p}.stream`,
    kind: "aws.kinesis.stream",
    tier: t.name,
    region: site,
    props: {
      name: `${t.awsName}${siteSuffix(site)}`,
      mode: sizing.mode,
      shardCount: sizing.shardCount,
      retentionHours: 24,
      encryption: key ? { type: "KMS", kmsKeyId: key } : { type: "KMS" },
    },
    reason: because(
      `Kinesis stream, ${sizing.mode === "PROVISIONED" ? `${sizing.shardCount} provisioned shards` : "on-demand"}, encrypted, 24-hour retention for replay`,
      [
        t.pointer,
        `${t.pointer}/expectedRps`,
        `${t.pointer}/trafficPattern`,
        ...context.posture.pointers.kms,
      ],
      sizing.calculation,
    ),
  });
  addAlarms(context, t, STREAM_ALARMS, undefined, { StreamName: ref(`${p}.stream`, "name") }, site);
}

/** A stream's alarms (namespace AWS/Kinesis). */
const STREAM_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "iterator-age",
    namespace: "AWS/Kinesis",
    metricName: "GetRecords.IteratorAgeMilliseconds",
    statistic: "Maximum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 60000,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} consumers are more than 1 minute behind`,
  },
  {
    metric: "write-throttles",
    namespace: "AWS/Kinesis",
    metricName: "WriteProvisionedThroughputExceeded",
    statistic: "Sum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 0,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} rejects writes (throughput exceeded)`,
  },
];
