import { ref, type Ref } from "@idio-iac/graph";
import { alarmTopicRef, type CompileContext, nameOf } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { uniqueSlugs } from "../../ids.js";
import { because } from "../../reason.js";
import { alertEmails } from "../platform/build-operations.js";
import { edgePlacement } from "./cloudfront-edge.js";
import type { DnsRouting, SiteRoute } from "./dns-routing.js";

/** us-east-1's alarm topic when the primary region is another: health check alarms notify it. */
export const EDGE_ALARM_TOPIC = "edge.ops.alarms.topic";
const EDGE_KEY = "edge.security.kms.key";

/**
 * An alarm when a site's health check fails (HealthCheckStatus, 1 healthy and
 * 0 unhealthy, namespace AWS/Route53, dimension HealthCheckId). Route 53
 * publishes these metrics in us-east-1 only, so the alarm lives there and
 * notifies a topic there (alarm actions are regional):
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/monitoring-health-checks.html
 * A site that is not serving as planned (a pilot light at zero) gets no
 * alarm: its check fails until a failover scales it up.
 */
export function addHealthCheckAlarm(
  context: CompileContext,
  t: ResolvedTier,
  healthCheck: string,
  route: SiteRoute,
  routing: DnsRouting,
): void {
  if (!route.serving) return;
  const edge = edgePlacement(context);
  const topic = edge.region === "primary" ? alarmTopicRef() : ensureEdgeAlarmTopic(context);
  const summary = `${t.name} in ${route.region} fails Route 53's health check (${consequence(routing, route)})`;
  context.nodes.add({
    id: `edge.ops.alarm.${t.name}.health-check.${route.label}`,
    kind: "aws.cloudwatch.metric_alarm",
    tier: t.name,
    region: edge.region,
    props: {
      name: nameOf(context, [t.name, route.label, "health-check"], 255),
      description: summary,
      namespace: "AWS/Route53",
      metricName: "HealthCheckStatus",
      dimensions: { HealthCheckId: ref(healthCheck) },
      statistic: "Minimum",
      periodSeconds: 60,
      evaluationPeriods: 1,
      threshold: 1,
      comparisonOperator: "LessThanThreshold",
      treatMissingData: "notBreaching",
      alarmActions: [topic],
    },
    reason: because(
      `Alarm: ${summary}`,
      [t.pointer, ...routing.pointers],
      [
        "HealthCheckStatus minimum < 1 over a minute: at least one minute unhealthy",
        ...(edge.region === "edge"
          ? [`in us-east-1, where Route 53 publishes it, not ${context.intent.region}`]
          : []),
      ],
    ),
  });
}

/**
 * The us-east-1 alarm topic, e-mailed to the same addresses and encrypted
 * under the same rule as the primary's (build-operations.ts), with a key of
 * its own there when encryption uses a customer-managed key (a key never
 * leaves its region).
 */
function ensureEdgeAlarmTopic(context: CompileContext): Ref {
  if (context.nodes.has(EDGE_ALARM_TOPIC)) return ref(EDGE_ALARM_TOPIC, "arn");
  const { posture } = context;
  const emails = alertEmails(context);
  const pointers = ["/region", "/cost/alertEmails", ...posture.pointers.kms];
  if (posture.kms) {
    context.nodes.add({
      id: EDGE_KEY,
      kind: "aws.kms.key",
      tier: null,
      region: "edge",
      props: {
        description: `${nameOf(context, [])} alarm key (us-east-1)`,
        enableKeyRotation: true,
        deletionWindowInDays: context.availability.production ? 30 : 7,
        multiRegion: false,
        servicePrincipals: ["cloudwatch"],
      },
      reason: because(
        "Customer-managed key in us-east-1 for the health check alarms' topic: CloudWatch publishes to it under this key",
        pointers,
      ),
    });
  }
  context.nodes.add({
    id: EDGE_ALARM_TOPIC,
    kind: "aws.sns.topic",
    tier: null,
    region: "edge",
    props: {
      name: nameOf(context, ["alarms", "us-east-1"]),
      kmsMasterKeyId: posture.kms ? ref(EDGE_KEY, "id") : undefined,
      publishers: ["cloudwatch.amazonaws.com"],
    },
    reason: because(
      `Route 53 health check alarms in us-east-1 notify this topic (alarm actions must be in the alarm's region)${emails.length ? ` (e-mailed to ${emails.map((e) => e.address).join(", ")})` : "; subscribe your on-call tool to it"}`,
      pointers,
    ),
  });
  const slugs = uniqueSlugs(emails.map((e) => e.address));
  emails.forEach(({ address, index }, n) => {
    context.nodes.add({
      id: `edge.ops.alarms.subscription.${slugs[n]!}`,
      kind: "aws.sns.subscription",
      tier: null,
      region: "edge",
      props: { topicArn: ref(EDGE_ALARM_TOPIC, "arn"), protocol: "email", endpoint: address },
      reason: because(
        `${address} receives the us-east-1 alarms (confirm the subscription e-mail)`,
        [`/cost/alertEmails/${index}`],
      ),
    });
  });
  return ref(EDGE_ALARM_TOPIC, "arn");
}

/** What Route 53 does while the site's check fails, for the alarm's description. */
function consequence(routing: DnsRouting, route: SiteRoute): string {
  if (routing.policy !== "failover") return "Route 53 stops sending users there";
  const standby = routing.sites.find((r) => r.site !== route.site)?.region;
  return route.site === "primary"
    ? `Route 53 fails over to ${standby}`
    : "a failover would have nowhere to go: Route 53 keeps answering with the primary";
}
