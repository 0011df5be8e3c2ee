import { ref, type Ref } from "@idio-iac/graph";
import { type CompileContext, kmsKeyRef, report } from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { type Site, siteId, siteSuffix } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { sizeLambda } from "../../size/size-lambda.js";

const FOUR_DAYS = 4 * 24 * 3600;
const FOURTEEN_DAYS = 14 * 24 * 3600;
const MAX_RECEIVES = 5;

/** An SQS queue with a dead-letter queue; visibility timeout follows its consumers. */
export function buildQueue(context: CompileContext, t: ResolvedTier, site: Site = "primary"): void {
  const consumers = t.connectedFrom
    .map((name) => context.tierByName.get(name)!)
    .filter((c) => c.type === "worker" || c.type === "function");
  if (consumers.length === 0 && site === "primary") {
    report(context, t.pointer, {
      code: CompileCode.NoConsumer,
      message: `Queue ${t.name} has no worker or function connected to it, so nothing consumes its messages.`,
      hint: `Add "${t.name}" to the connectsTo of the worker or function that processes it.`,
    });
  }
  const queue = queueSettings(context, t, site, consumers);
  addDeadLetterQueue(context, t, queue);
  addQueue(context, t, queue, consumers);
  for (const alarm of QUEUE_ALARMS) {
    const dimensions = { QueueName: ref(siteId(site, `${t.prefix}.${alarm.of}`), "name") };
    addAlarms(context, t, [alarm], undefined, dimensions, site);
  }
}

/** What the queue and its DLQ share. */
interface QueueSettings {
  readonly site: Site;
  readonly id: (local: "queue" | "dlq") => string;
  /** The name without `-dlq` and the `.fifo` suffix. */
  readonly base: string;
  readonly fifo: boolean;
  readonly visibility: number;
  /** Visibility per consumer, in consumer order. */
  readonly timeouts: number[];
  readonly encryption: Ref | undefined;
}

function queueSettings(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  consumers: readonly ResolvedTier[],
): QueueSettings {
  const timeouts = consumers.map((c) =>
    context.compute.get(c.name)?.service === "lambda" ? sizeLambda(c).timeoutSeconds * 6 : 300,
  );
  return {
    site,
    id: (local) => siteId(site, `${t.prefix}.${local}`),
    base: `${t.awsName}${siteSuffix(site)}`,
    fifo: t.engine === "sqs-fifo",
    visibility: Math.min(43200, Math.max(30, ...timeouts)),
    timeouts,
    encryption: kmsKeyRef(context, "arn", site),
  };
}

function addDeadLetterQueue(context: CompileContext, t: ResolvedTier, q: QueueSettings): void {
  context.nodes.add({
    id: q.id("dlq"),
    kind: "aws.sqs.queue",
    tier: t.name,
    region: q.site,
    props: {
      name: `${q.base}-dlq${q.fifo ? ".fifo" : ""}`,
      fifo: q.fifo,
      messageRetentionSeconds: FOURTEEN_DAYS,
      visibilityTimeoutSeconds: q.visibility,
      kmsMasterKeyId: q.encryption,
      sqsManagedSse: q.encryption === undefined,
    },
    reason: because(
      `Dead-letter queue of ${t.name}: messages that fail ${MAX_RECEIVES} times wait 14 days (the SQS maximum) for inspection`,
      [t.pointer],
    ),
  });
}

function addQueue(
  context: CompileContext,
  t: ResolvedTier,
  q: QueueSettings,
  consumers: readonly ResolvedTier[],
): void {
  context.nodes.add({
    id: q.id("queue"),
    kind: "aws.sqs.queue",
    tier: t.name,
    region: q.site,
    props: {
      name: `${q.base}${q.fifo ? ".fifo" : ""}`,
      fifo: q.fifo,
      messageRetentionSeconds: FOUR_DAYS,
      visibilityTimeoutSeconds: q.visibility,
      kmsMasterKeyId: q.encryption,
      sqsManagedSse: q.encryption === undefined,
      redrive: { deadLetterTargetArn: ref(q.id("dlq"), "arn"), maxReceiveCount: MAX_RECEIVES },
    },
    reason: because(
      `${q.fifo ? "FIFO" : "Standard"} SQS queue, ${q.encryption ? "encrypted with the application key" : "SQS-managed encryption"}, redriving to its DLQ after ${MAX_RECEIVES} receives`,
      [
        t.pointer,
        `${t.pointer}/engine`,
        ...consumers.map((c) => c.pointer),
        ...context.posture.pointers.kms,
      ],
      [
        consumers.length
          ? `visibility = max(30, ${consumers.map((c, i) => `${c.name}: ${q.timeouts[i]} s`).join(", ")}) = ${q.visibility} s (6 x a Lambda consumer's timeout, as AWS advises)`
          : "visibility 30 s (no consumer yet)",
      ],
    ),
  });
}

/** A queue's alarms (namespace AWS/SQS), each on the queue or on its DLQ. */
const QUEUE_ALARMS: readonly (AlarmRecipe<undefined> & { readonly of: "queue" | "dlq" })[] = [
  {
    metric: "age",
    of: "queue",
    namespace: "AWS/SQS",
    metricName: "ApproximateAgeOfOldestMessage",
    statistic: "Maximum",
    periodSeconds: 300,
    evaluationPeriods: 2,
    threshold: () => 600,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier}'s oldest message is more than 10 minutes old: consumers are behind`,
  },
  {
    metric: "dead-letters",
    of: "dlq",
    namespace: "AWS/SQS",
    metricName: "ApproximateNumberOfMessagesVisible",
    statistic: "Maximum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 0,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} has messages in its dead-letter queue`,
  },
];
