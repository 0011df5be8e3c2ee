import { join, ref } from "@idio-iac/graph";
import { type CompileContext, nameOf, report, SHARED } from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { subnetRefs } from "../platform/build-network.js";
import { buildLoadBalancer } from "../shared/build-load-balancer.js";
import { addAlarm, addLogGroup, dim } from "../shared/build-observability.js";
import { accessFor } from "../shared/build-permissions.js";
import { addSecurityGroup, sgId } from "../shared/build-security-group.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { ComputeDecision } from "../../decide/select-compute.js";
import { sizeFargate, warmStandbyCapacity } from "../../size/size-compute.js";

/**
 * An ECS Fargate service (behind an ALB for web/api), with its roles, logs
 * and autoscaling; in the DR region (99.999) a warm standby of the same
 * service, running a fraction of the capacity and able to scale to all of it.
 */
export function buildFargate(
  context: CompileContext,
  t: ResolvedTier,
  decision: ComputeDecision,
  site: Site = "primary",
): void {
  const { nodes, availability } = context;
  const id = (local: string) => siteId(site, `${t.prefix}.${local}`);
  const dr = site === "dr";
  const nameParts = (...parts: string[]) => [t.name, ...(dr ? ["dr"] : []), ...parts];
  const primary = sizeFargate(t, availability.zoneCount, availability.production);
  const sizing = dr ? { ...primary, ...warmStandbyCapacity(primary, context.drRegion!) } : primary;
  if (!dr && sizing.adjusted) {
    report(context, t.tier.cpu !== undefined ? `${t.pointer}/cpu` : `${t.pointer}/memoryMb`, {
      code: CompileCode.SizeAdjusted,
      severity: "warning",
      message: `Fargate has no ${t.tier.cpu ?? "default"} vCPU / ${t.tier.memoryMb ?? "default"} MiB size; ${t.name} uses the next valid size, ${sizing.task.vcpu} vCPU / ${sizing.task.memory} MiB.`,
      hint: "Use a valid Fargate pair (AWS ECS 'Task CPU and memory'), e.g. 0.5 vCPU with 1024-4096 MiB.",
    });
  }
  if (!dr) checkZoneFloor(context, t, sizing.min);
  if (!dr && t.type === "worker" && sizing.min === 0) checkWorkerTrigger(context, t);
  const cluster = ensureCluster(context, site);
  const access = accessFor(context, t, "ecs", site);
  const logGroup = addLogGroup(context, t, `/idio/${t.awsName}${dr ? "-dr" : ""}`, {
    id: id("log-group"),
    site,
  });
  const decisionPointers = [
    t.pointer,
    ...decision.fields.map((f) => `${t.pointer}/${f}`),
    ...(dr ? ["/availability", ...context.drPointers] : []),
  ];

  nodes.add({
    id: id("execution.role"),
    kind: "aws.iam.role",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("execution")),
      description: `ECS agent role of ${t.name}: pull the image, write logs, read injected secrets`,
      assumedBy: ["ecs-tasks.amazonaws.com"],
      inlinePolicies: access.executionStatements.length
        ? [{ name: "read-injected-secrets", statements: access.executionStatements }]
        : [],
      managedPolicies: ["service-role/AmazonECSTaskExecutionRolePolicy"],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "Execution role: what ECS itself needs to start the task, separate from what the code may do",
      access.pointers,
    ),
  });
  nodes.add({
    id: id("task.role"),
    kind: "aws.iam.role",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("task")),
      description: `Role the code of ${t.name} runs as${dr ? ` in ${context.drRegion}` : ""}`,
      assumedBy: ["ecs-tasks.amazonaws.com"],
      inlinePolicies: access.statements.length
        ? [{ name: "connections", statements: access.statements }]
        : [],
      managedPolicies: [],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      access.statements.length
        ? `Task role with only the actions ${t.name}'s connections need (${access.edges.map((e) => e.to.name).join(", ")})`
        : `Task role with no permissions: ${t.name} connects to nothing that needs IAM`,
      [`${t.pointer}/connectsTo`, ...access.pointers],
    ),
  });
  nodes.add({
    id: id("task"),
    kind: "aws.ecs.task_definition",
    tier: t.name,
    region: site,
    props: {
      family: `${t.awsName}${dr ? "-dr" : ""}`,
      cpu: sizing.task.cpu,
      memory: sizing.task.memory,
      cpuArchitecture: "ARM64",
      executionRoleArn: ref(id("execution.role"), "arn"),
      taskRoleArn: ref(id("task.role"), "arn"),
      container: {
        name: t.name,
        image: t.tier.image ?? null,
        port: decision.entry === "alb" ? t.port : undefined,
        readonlyRootFilesystem: true,
        logGroupName: ref(logGroup, "name"),
        environment: access.environment,
        secrets: access.secrets,
      },
    },
    reason: because(
      `${sizing.task.vcpu} vCPU / ${sizing.task.memory} MiB Graviton (ARM64) task, about 20% cheaper than x86; read-only root file system`,
      [`${t.pointer}/cpu`, `${t.pointer}/memoryMb`, `${t.pointer}/image`, ...sizing.pointers],
      sizing.calculation,
    ),
  });
  addSecurityGroup(context, t, { id: sgId(t, site), what: `Tasks of ${t.name}`, site });

  const lb =
    decision.entry === "alb"
      ? buildLoadBalancer(context, t, { type: "ip", port: t.port }, site)
      : undefined;
  nodes.add({
    id: id("service"),
    kind: "aws.ecs.service",
    tier: t.name,
    region: site,
    props: {
      name: `${t.awsName}${dr ? "-dr" : ""}`,
      clusterArn: ref(cluster, "arn"),
      taskDefinitionArn: ref(id("task"), "arn"),
      desiredCount: sizing.desired,
      launchType: "FARGATE",
      subnetIds: subnetRefs(context, site, "private"),
      securityGroupIds: [ref(sgId(t, site))],
      assignPublicIp: false,
      loadBalancer: lb
        ? {
            targetGroupArn: ref(lb.targetGroup, "arn"),
            containerName: t.name,
            containerPort: t.port,
          }
        : undefined,
      deploymentCircuitBreaker: true,
      enableExecuteCommand: !availability.production,
      healthCheckGracePeriodSeconds: lb ? 60 : undefined,
    },
    dependsOn: lb ? [lb.listener] : [],
    reason: because(
      dr
        ? `Warm standby of ${t.name} in ${context.drRegion}: ${sizing.desired} task${sizing.desired === 1 ? "" : "s"} running, scaling to ${sizing.max} on failover`
        : `${decision.summary}; ${sizing.desired} task${sizing.desired === 1 ? "" : "s"} of ${sizing.task.vcpu} vCPU spread over ${availability.zoneCount} AZs in private subnets, rolled back automatically when a deployment fails`,
      [...decisionPointers, ...sizing.pointers, "/availability"],
      [`rule ${decision.rule}`, ...sizing.calculation],
    ),
  });
  nodes.add({
    id: id("scaling.target"),
    kind: "aws.appautoscaling.target",
    tier: t.name,
    region: site,
    props: {
      serviceNamespace: "ecs",
      resourceId: join("service/", ref(cluster, "name"), "/", ref(id("service"), "name")),
      scalableDimension: "ecs:service:DesiredCount",
      minCapacity: sizing.min,
      maxCapacity: sizing.max,
    },
    reason: because(
      `${t.name} scales between ${sizing.min} and ${sizing.max} tasks`,
      sizing.pointers,
      sizing.calculation,
    ),
  });
  nodes.add({
    id: id("scaling.policy.cpu"),
    kind: "aws.appautoscaling.policy",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("cpu")),
      scalableTarget: ref(id("scaling.target")),
      predefinedMetric: "ECSServiceAverageCPUUtilization",
      targetValue: sizing.targetCpuPercent,
      scaleInCooldownSeconds: 300,
      scaleOutCooldownSeconds: 60,
    },
    reason: because(
      `Target tracking at ${sizing.targetCpuPercent}% CPU (${t.tier.trafficPattern} traffic): scale out within a minute, scale in after five`,
      [`${t.pointer}/trafficPattern`],
    ),
  });
  const service = { ClusterName: dim.name(cluster), ServiceName: dim.name(id("service")) };
  addAlarm(context, t, {
    site,
    metric: "cpu",
    summary: `${t.name} average CPU above 85% for 15 minutes (autoscaling is at its limit)`,
    props: {
      namespace: "AWS/ECS",
      metricName: "CPUUtilization",
      dimensions: service,
      statistic: "Average",
      periodSeconds: 300,
      evaluationPeriods: 3,
      threshold: 85,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    site,
    metric: "memory",
    summary: `${t.name} average memory above 85% for 15 minutes`,
    props: {
      namespace: "AWS/ECS",
      metricName: "MemoryUtilization",
      dimensions: service,
      statistic: "Average",
      periodSeconds: 300,
      evaluationPeriods: 3,
      threshold: 85,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
}

export function ensureCluster(context: CompileContext, site: Site = "primary"): string {
  const id = siteId(site, SHARED.ecsCluster);
  if (context.nodes.has(id)) return id;
  return context.nodes.add({
    id,
    kind: "aws.ecs.cluster",
    tier: null,
    region: site,
    props: {
      name: nameOf(context, site === "dr" ? ["cluster", "dr"] : ["cluster"]),
      containerInsights: true,
    },
    reason: because(
      `One ECS cluster for every Fargate service${site === "dr" ? ` in ${context.drRegion}` : ""}, with Container Insights metrics`,
      [],
    ),
  });
}

/**
 * A Fargate worker at zero tasks has no CPU to track, so target tracking never
 * starts it; without a queue or stream (whose backlog a user could scale on)
 * nothing will.
 */
function checkWorkerTrigger(context: CompileContext, t: ResolvedTier): void {
  const fed = t.connectsTo.some((name) => {
    const type = context.tierByName.get(name)?.type;
    return type === "queue" || type === "stream";
  });
  if (fed) return;
  report(context, `${t.pointer}/scaling/min`, {
    code: CompileCode.WorkerNeverStarts,
    severity: "warning",
    message: `Worker ${t.name} may scale to zero tasks, but nothing triggers it: CPU target tracking cannot start a service from zero.`,
    hint: `Connect ${t.name} to the queue or stream it works from (it then runs on Lambda for batch or spiky traffic), or set scaling.min to at least 1.`,
  });
}

/** In production a tier that runs fewer copies than AZs loses all capacity in some zone. */
export function checkZoneFloor(context: CompileContext, t: ResolvedTier, min: number): void {
  const { availability } = context;
  if (!availability.production || min === 0 || min >= availability.zoneCount) return;
  report(context, `${t.pointer}/scaling/min`, {
    code: CompileCode.ScalingBelowZones,
    severity: "warning",
    message: `${t.name} runs at least ${min} cop${min === 1 ? "y" : "ies"} across ${availability.zoneCount} AZs: an AZ failure can leave it with no capacity until autoscaling reacts.`,
    hint: `Set scaling.min to at least ${availability.zoneCount} in production.`,
  });
}
