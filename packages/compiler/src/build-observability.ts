import { ref, type MetricAlarmProps } from "@idio/graph";
import { alarmTopicRef, type CompileContext, kmsKeyRef, nameOf } from "./context.js";
import type { ResolvedTier } from "./resolve-tiers.js";
import { because } from "./reason.js";
import type { Site } from "./ids.js";

/** A tier's log group, `<prefix>.log-group`, with the posture's retention and key. */
export function addLogGroup(
  context: CompileContext,
  t: ResolvedTier,
  name: string,
  options: { id?: string; site?: Site; what?: string } = {},
): string {
  const { posture } = context;
  const id = options.id ?? `${t.prefix}.log-group`;
  return context.nodes.add({
    id,
    kind: "aws.logs.log_group",
    tier: t.name,
    region: options.site ?? "primary",
    props: {
      name,
      retentionInDays: posture.logRetentionDays,
      kmsKeyId: kmsKeyRef(context, "arn", options.site ?? "primary"),
    },
    reason: because(
      `${options.what ?? `Logs of ${t.name}`}, kept ${posture.logRetentionDays} days${posture.kms ? ", encrypted with the application key" : ""}`,
      [t.pointer, ...posture.pointers.logRetention],
      posture.calculation.logRetention,
    ),
  });
}

export interface AlarmSpec {
  readonly metric: string;
  readonly summary: string;
  readonly props: Omit<
    MetricAlarmProps,
    "name" | "alarmActions" | "treatMissingData" | "description"
  > & {
    readonly treatMissingData?: MetricAlarmProps["treatMissingData"];
  };
  readonly calculation?: readonly string[];
  readonly pointers?: readonly string[];
}

/** `ops.alarm.<tier>.<metric>`, notifying the alarm topic. */
export function addAlarm(context: CompileContext, t: ResolvedTier, spec: AlarmSpec): string {
  return context.nodes.add({
    id: `ops.alarm.${t.name}.${spec.metric}`,
    kind: "aws.cloudwatch.metric_alarm",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name, spec.metric], 255),
      description: spec.summary,
      treatMissingData: spec.props.treatMissingData ?? "notBreaching",
      ...spec.props,
      alarmActions: [alarmTopicRef()],
    },
    reason: because(
      `Alarm: ${spec.summary}`,
      [t.pointer, ...(spec.pointers ?? [])],
      spec.calculation ?? [],
    ),
  });
}

/** Refs used in alarm dimensions. */
export const dim = {
  name: (id: string) => ref(id, "name"),
  arnSuffix: (id: string) => ref(id, "arnSuffix"),
  identifier: (id: string) => ref(id, "identifier"),
  id: (id: string) => ref(id, "id"),
};
