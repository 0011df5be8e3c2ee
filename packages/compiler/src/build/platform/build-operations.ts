import { AWS_LIMITS } from "@idio-iac/core";
import { collectRefs, type DashboardProps, type Ref } from "@idio-iac/graph";
import {
  alarmTopicRef,
  type CompileContext,
  kmsKeyRef,
  nameOf,
  report,
  secondarySites,
  SHARED,
  siteRegion,
} from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { siteId, siteNamePart, uniqueSlugs, type Site } from "../../ids.js";
import { because } from "../../reason.js";

const MAX_DASHBOARD_WIDGETS = AWS_LIMITS.cloudWatch.maxDashboardWidgets;

/** The alarm topic and its e-mail subscriptions. */
export function buildAlarmTopic(context: CompileContext): void {
  const { nodes, intent } = context;
  const emails = alertEmails(context);
  const slugs = uniqueSlugs(emails.map((e) => e.address));
  const budgetToTopic = intent.cost !== undefined && emails.length === 0;
  // A DR-region topic whenever anything lives there: replication-lag alarms of
  // DR copies are regional too (alarm actions must be in the alarm's region).
  const sites: Site[] = ["primary", ...secondarySites(context)];
  for (const site of sites) {
    const dr = site !== "primary";
    nodes.add({
      id: siteId(site, SHARED.alarmTopic),
      kind: "aws.sns.topic",
      tier: null,
      region: site,
      props: {
        name: nameOf(context, ["alarms", ...siteNamePart(site)]),
        kmsMasterKeyId: kmsKeyRef(context, "id", site),
        publishers: [
          "cloudwatch.amazonaws.com",
          ...(budgetToTopic && !dr ? ["budgets.amazonaws.com"] : []),
        ],
      },
      reason: because(
        `Every ${dr ? `alarm in ${siteRegion(context, site)} notifies this topic (alarm actions must be in the alarm's region)` : "alarm notifies this topic"}${emails.length ? ` (e-mailed to ${emails.map((e) => e.address).join(", ")})` : "; subscribe your on-call tool to it"}`,
        ["/cost/alertEmails", ...context.posture.pointers.kms, ...(dr ? context.drPointers : [])],
      ),
    });
    emails.forEach(({ address: email, index }, n) => {
      nodes.add({
        id: siteId(site, `ops.alarms.subscription.${slugs[n]!}`),
        kind: "aws.sns.subscription",
        tier: null,
        region: site,
        props: { topicArn: alarmTopicRef(site), protocol: "email", endpoint: email },
        reason: because(`${email} receives alarms (confirm the subscription e-mail)`, [
          `/cost/alertEmails/${index}`,
        ]),
      });
    });
  }
}

/**
 * The alert addresses, each once: addresses equal but for case reach the same
 * mailbox (validate warns, IDIO315), so the first spelling is kept. `index` is
 * the position in the intent, for the reason's pointer.
 */
export function alertEmails(context: CompileContext): { address: string; index: number }[] {
  const seen = new Set<string>();
  const result: { address: string; index: number }[] = [];
  (context.intent.cost?.alertEmails ?? []).forEach((address, index) => {
    const key = address.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    result.push({ address, index });
  });
  return result;
}

/** One dashboard with a widget per alarm, so what pages someone is also what they see. */
export function buildDashboard(context: CompileContext): void {
  const { nodes } = context;
  const widgets: DashboardProps["widgets"][number][] = [];
  for (const node of nodes.sorted()) {
    // The dashboard lives in the primary region; DR alarms have their own region's console.
    if (node.kind !== "aws.cloudwatch.metric_alarm" || node.region !== "primary") continue;
    const p = node.props;
    // A metric named by another region's node (an S3 replica bucket) waits for that region's
    // stack; the alarm has it, the dashboard leaves it out.
    if (collectRefs(p.dimensions).some((r) => nodes.get(r.ref)?.region !== "primary")) continue;
    const metric: (string | Ref)[] = [p.namespace, p.metricName];
    for (const [key, value] of Object.entries(p.dimensions).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (typeof value === "string" || "ref" in value) metric.push(key, value);
    }
    widgets.push({
      title: p.description,
      metrics: [metric],
      stat: p.statistic,
      periodSeconds: p.periodSeconds,
    });
  }
  if (widgets.length === 0) return;
  const shown = widgets.slice(0, MAX_DASHBOARD_WIDGETS);
  if (shown.length < widgets.length) {
    report(context, "/tiers", {
      code: CompileCode.DashboardTruncated,
      message: `The dashboard shows ${shown.length} of ${widgets.length} alarmed metrics: CloudWatch allows ${MAX_DASHBOARD_WIDGETS} widgets per dashboard. Every alarm still exists.`,
      hint: "Split the application into several intents, one per team or domain.",
    });
  }
  nodes.add({
    id: "ops.dashboard",
    kind: "aws.cloudwatch.dashboard",
    tier: null,
    props: { name: nameOf(context, ["overview"]), widgets: shown },
    reason: because(
      `One dashboard: ${shown.length} widgets, one per alarmed metric`,
      ["/tiers"],
      shown.length < widgets.length
        ? [
            `${widgets.length} alarmed metrics > ${MAX_DASHBOARD_WIDGETS} (CloudWatch limit): the first ${MAX_DASHBOARD_WIDGETS} by id`,
          ]
        : [],
    ),
  });
}

/** An AWS Budgets budget at the intent's monthly budget, alerting at its threshold. */
export function buildBudget(context: CompileContext): void {
  const { intent, nodes } = context;
  const cost = intent.cost;
  if (cost === undefined) return;
  const emails = alertEmails(context).map((e) => e.address);
  const topics = emails.length ? [] : [alarmTopicRef()];
  const threshold = cost.alertThreshold;
  const alertAt = Math.round(cost.monthlyBudgetUsd * threshold) / 100;
  nodes.add({
    id: "ops.budget",
    kind: "aws.budgets.budget",
    tier: null,
    props: {
      name: nameOf(context, ["monthly"]),
      limitAmountUsd: String(cost.monthlyBudgetUsd),
      timeUnit: "MONTHLY",
      notifications: [
        {
          notificationType: "ACTUAL",
          comparisonOperator: "GREATER_THAN",
          thresholdPercent: threshold,
          subscriberEmails: emails,
          subscriberSnsTopicArns: topics,
        },
        {
          notificationType: "FORECASTED",
          comparisonOperator: "GREATER_THAN",
          thresholdPercent: 100,
          subscriberEmails: emails,
          subscriberSnsTopicArns: topics,
        },
      ],
      costFilterTag: { key: "idio:application", value: intent.name },
    },
    reason: because(
      `Monthly budget of $${cost.monthlyBudgetUsd}: alert when actual spend passes ${threshold}% and when the forecast passes 100%; filtered on the idio:application tag (activate it as a cost-allocation tag)`,
      ["/cost/monthlyBudgetUsd", "/cost/alertThreshold", "/cost/alertEmails"],
      [`$${cost.monthlyBudgetUsd} x ${threshold}% = $${alertAt}`],
    ),
  });
}
