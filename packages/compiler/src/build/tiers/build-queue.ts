import { ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef, report } from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { addAlarm } from "../shared/build-observability.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeLambda } from "../../size/size-lambda.js";

const FOUR_DAYS = 4 * 24 * 3600;
const FOURTEEN_DAYS = 14 * 24 * 3600;
const MAX_RECEIVES = 5;

/** An SQS queue with a dead-letter queue; visibility timeout follows its consumers. */
export function buildQueue(context: CompileContext, t: ResolvedTier, site: Site = "primary"): void {
  const { nodes } = context;
  const p = siteId(site, t.prefix);
  const dr = site === "dr";
  const base = `${t.awsName}${dr ? "-dr" : ""}`;
  const fifo = t.engine === "sqs-fifo";
  const suffix = fifo ? ".fifo" : "";
  const consumers = t.connectedFrom
    .map((name) => context.tierByName.get(name)!)
    .filter((c) => c.type === "worker" || c.type === "function");
  if (consumers.length === 0 && !dr) {
    report(context, t.pointer, {
      code: CompileCode.NoConsumer,
      severity: "warning",
      message: `Queue ${t.name} has no worker or function connected to it, so nothing consumes its messages.`,
      hint: `Add "${t.name}" to the connectsTo of the worker or function that processes it.`,
    });
  }
  const timeouts = consumers.map((c) =>
    context.compute.get(c.name)?.service === "lambda" ? sizeLambda(c).timeoutSeconds * 6 : 300,
  );
  const visibility = Math.min(43200, Math.max(30, ...timeouts));
  const encryption = kmsKeyRef(context, "arn", site);
  nodes.add({
    id: `${p}.dlq`,
    kind: "aws.sqs.queue",
    tier: t.name,
    region: site,
    props: {
      name: `${base}-dlq${suffix}`,
      fifo,
      messageRetentionSeconds: FOURTEEN_DAYS,
      visibilityTimeoutSeconds: visibility,
      kmsMasterKeyId: encryption,
      sqsManagedSse: encryption === undefined,
    },
    reason: because(
      `Dead-letter queue of ${t.name}: messages that fail ${MAX_RECEIVES} times wait 14 days (the SQS maximum) for inspection`,
      [t.pointer],
    ),
  });
  nodes.add({
    id: `${p}.queue`,
    kind: "aws.sqs.queue",
    tier: t.name,
    region: site,
    props: {
      name: `${base}${suffix}`,
      fifo,
      messageRetentionSeconds: FOUR_DAYS,
      visibilityTimeoutSeconds: visibility,
      kmsMasterKeyId: encryption,
      sqsManagedSse: encryption === undefined,
      redrive: { deadLetterTargetArn: ref(`${p}.dlq`, "arn"), maxReceiveCount: MAX_RECEIVES },
    },
    reason: because(
      `${fifo ? "FIFO" : "Standard"} SQS queue, ${encryption ? "encrypted with the application key" : "SQS-managed encryption"}, redriving to its DLQ after ${MAX_RECEIVES} receives`,
      [
        t.pointer,
        `${t.pointer}/engine`,
        ...consumers.map((c) => c.pointer),
        ...context.posture.pointers.kms,
      ],
      [
        consumers.length
          ? `visibility = max(30, ${consumers.map((c, i) => `${c.name}: ${timeouts[i]} s`).join(", ")}) = ${visibility} s (6 x a Lambda consumer's timeout, as AWS advises)`
          : "visibility 30 s (no consumer yet)",
      ],
    ),
  });
  addAlarm(context, t, {
    site,
    metric: "age",
    summary: `${t.name}'s oldest message is more than 10 minutes old: consumers are behind`,
    props: {
      namespace: "AWS/SQS",
      metricName: "ApproximateAgeOfOldestMessage",
      dimensions: { QueueName: ref(`${p}.queue`, "name") },
      statistic: "Maximum",
      periodSeconds: 300,
      evaluationPeriods: 2,
      threshold: 600,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    site,
    metric: "dead-letters",
    summary: `${t.name} has messages in its dead-letter queue`,
    props: {
      namespace: "AWS/SQS",
      metricName: "ApproximateNumberOfMessagesVisible",
      dimensions: { QueueName: ref(`${p}.dlq`, "name") },
      statistic: "Maximum",
      periodSeconds: 300,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
}
