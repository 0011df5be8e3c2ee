import { ref, type MetricAlarmProps } from "@idio-iac/graph";
import {
  alarmTopicRef,
  type CompileContext,
  kmsKeyRef,
  nameOf,
  siteRegion,
} from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { because } from "../../reason.js";
import { siteId, siteNamePart, type Site } from "../../ids.js";

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
  /** Where the alarmed resource lives; a DR alarm notifies the DR topic (alarm actions are regional). */
  readonly site?: Site;
}

/** `ops.alarm.<tier>.<metric>` (`dr.ops.alarm...` in the DR region), notifying the alarm topic. */
export function addAlarm(context: CompileContext, t: ResolvedTier, spec: AlarmSpec): string {
  const site = spec.site ?? "primary";
  const { site: _site, ...alarm } = spec;
  return context.nodes.add({
    id: siteId(site, `ops.alarm.${t.name}.${alarm.metric}`),
    kind: "aws.cloudwatch.metric_alarm",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, [t.name, ...siteNamePart(site), alarm.metric], 255),
      description: `${alarm.summary}${site !== "primary" ? ` (${siteRegion(context, site)})` : ""}`,
      treatMissingData: alarm.props.treatMissingData ?? "notBreaching",
      ...alarm.props,
      alarmActions: [alarmTopicRef(site)],
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
