import type { GraphNode, MetricAlarmProps } from "@idio-iac/graph";
import { type CompileContext, standbyShareOf } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { Site } from "../../ids.js";
import { addAlarm, dim } from "./build-observability.js";

/** Percent of requests answered with a 5xx above which a load balancer alarms. */
export const ERROR_RATE_PERCENT = 5;

/**
 * What every Application Load Balancer needs beyond its tier's alarms, added
 * once all tiers are built: an alarm when no target is healthy (every task or
 * instance gone), and server errors as a share of requests — the load
 * balancer's own (HTTPCode_ELB_5XX_Count: no target to send to, gateway
 * timeouts) and the targets' — so one threshold means the same at every
 * traffic level. Metrics:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html
 * (HTTPCode_* counts are published only when non-zero, hence FILL; with no
 * requests there is no ratio, and the alarm stays quiet).
 */
export function addLoadBalancerAlarms(context: CompileContext): void {
  const balancers = [...context.nodes.all()].filter(
    (node): node is GraphNode<"aws.elbv2.load_balancer"> => node.kind === "aws.elbv2.load_balancer",
  );
  for (const alb of balancers) {
    const t = alb.tier === null ? undefined : context.tierByName.get(alb.tier);
    if (t === undefined) continue;
    // A load balancer is in a site: the primary, the DR region or a serving region.
    const site = alb.region as Site;
    const targetGroup = alb.id.replace(/\.alb$/, ".target-group");
    const loadBalancer = { LoadBalancer: dim.arnSuffix(alb.id) };
    const both = { ...loadBalancer, TargetGroup: dim.arnSuffix(targetGroup) };
    // A pilot light's tiers are at zero until failover: no target is its idle state.
    if (site !== "primary" && standbyShareOf(context, site) === 0)
      addNoHealthyTargetAlarm(context, t, site, both);
    else addNoHealthyHostsAlarm(context, t, site, both);
    addErrorRateAlarm(context, t, site, "elb", loadBalancer);
    addErrorRateAlarm(context, t, site, "target", both);
  }
}

type Dimensions = MetricAlarmProps["dimensions"];

function addNoHealthyHostsAlarm(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  dimensions: Dimensions,
): void {
  addAlarm(context, t, {
    metric: "no-healthy-hosts",
    summary: `${t.name} has no healthy target: every task or instance is gone`,
    props: {
      namespace: "AWS/ApplicationELB",
      metricName: "HealthyHostCount",
      dimensions,
      statistic: "Minimum",
      periodSeconds: 60,
      evaluationPeriods: 2,
      threshold: 1,
      comparisonOperator: "LessThanThreshold",
      // No data from the target group means no target reports at all.
      treatMissingData: "breaching",
    },
    site,
  });
}

/**
 * The pilot light's variant: its service or group runs nothing until
 * failover, so "no healthy host" is its idle state. It alarms only while
 * targets are registered (healthy + unhealthy above zero) and none is
 * healthy; a failover that starts nothing at all shows as the load
 * balancer's own 5xx (HTTP 503, no target) once traffic arrives.
 */
function addNoHealthyTargetAlarm(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  dimensions: Dimensions,
): void {
  const metric = (id: string, name: string) => ({
    id,
    namespace: "AWS/ApplicationELB",
    metricName: name,
    dimensions,
    statistic: "Minimum" as const,
  });
  addAlarm(context, t, {
    metric: "no-healthy-hosts",
    summary: `${t.name} has targets but none is healthy (idle at zero until failover)`,
    props: {
      namespace: "AWS/ApplicationELB",
      metricName: "HealthyHostCount",
      dimensions,
      statistic: "Minimum",
      periodSeconds: 60,
      evaluationPeriods: 2,
      threshold: 1,
      comparisonOperator: "LessThanThreshold",
      treatMissingData: "notBreaching",
      math: {
        expression: "IF(FILL(healthy, 0) + FILL(unhealthy, 0) > 0, FILL(healthy, 0), 1)",
        label: "HealthyHostCount while targets are registered",
        metrics: [metric("healthy", "HealthyHostCount"), metric("unhealthy", "UnHealthyHostCount")],
      },
    },
    calculation: [
      "pilot light: 0 tasks or instances until failover, so no target is its idle state; alarm when targets are registered and none is healthy for 2 minutes",
    ],
    site,
  });
}

/** 5xx as a percentage of requests: the load balancer's own (`elb`) or its targets'. */
function addErrorRateAlarm(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
  source: "elb" | "target",
  dimensions: Dimensions,
): void {
  const metricName = source === "elb" ? "HTTPCode_ELB_5XX_Count" : "HTTPCode_Target_5XX_Count";
  const metric = (id: string, name: string) => ({
    id,
    namespace: "AWS/ApplicationELB",
    metricName: name,
    dimensions,
    statistic: "Sum" as const,
  });
  addAlarm(context, t, {
    metric: `${source}-5xx-rate`,
    summary: `more than ${ERROR_RATE_PERCENT}% of ${t.name}'s requests fail with a 5xx from ${source === "elb" ? "the load balancer" : "its targets"} for 5 minutes`,
    props: {
      namespace: "AWS/ApplicationELB",
      metricName,
      dimensions,
      statistic: "Sum",
      periodSeconds: 60,
      evaluationPeriods: 5,
      threshold: ERROR_RATE_PERCENT,
      comparisonOperator: "GreaterThanThreshold",
      math: {
        expression: "100 * FILL(errors, 0) / requests",
        label: `${metricName} as % of RequestCount`,
        metrics: [metric("errors", metricName), metric("requests", "RequestCount")],
      },
    },
    calculation: [
      `5xx rate = 100 x ${metricName} / RequestCount per minute; alarm above ${ERROR_RATE_PERCENT}% for 5 minutes`,
    ],
    site,
  });
}
