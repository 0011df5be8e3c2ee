import { join, ref } from "@idio-iac/graph";
import { imageIn } from "../platform/build-ecr-replication.js";
import {
  type CompileContext,
  nameOf,
  report,
  SHARED,
  siteRegion,
  standbyShareOf,
} from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { subnetRefs } from "../platform/build-network.js";
import { buildLoadBalancer } from "../shared/build-load-balancer.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { addLogGroup, dim } from "../shared/build-observability.js";
import { accessFor, type TierAccess } from "../shared/build-permissions.js";
import { tierScope, type TierScope } from "../shared/tier-scope.js";
import { architectureNote, architectureOf, tierEnvironment } from "../shared/tier-application.js";
import { addSecurityGroup, sgId } from "../shared/build-security-group.js";
import { type Site, siteId, siteNamePart, siteSuffix } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { ComputeDecision } from "../../decide/select-compute.js";
import { sizeFargate, standbyCapacity, type FargateSizing } from "../../size/size-compute.js";

/**
 * An ECS Fargate service (behind an ALB for web/api), with its roles, logs
 * and autoscaling; in the DR region the same service at the recovery
 * strategy's share (pilot light: none running; warm standby: a fraction),
 * able to scale to all of it.
 */
export function buildFargate(
  context: CompileContext,
  t: ResolvedTier,
  decision: ComputeDecision,
  site: Site = "primary",
): void {
  const s = tierScope(context, t, site);
  const sizing = fargateSizing(s);
  const cluster = ensureCluster(context, site);
  const access = accessFor(context, t, "ecs", site);
  const logGroup = addLogGroup(context, t, `/idio/${t.awsName}${s.suffix}`, {
    id: s.id("log-group"),
    site,
  });
  addExecutionRole(s, access);
  addTaskRole(s, access);
  addTaskDefinition(s, decision, sizing, access, logGroup);
  addSecurityGroup(context, t, { id: sgId(t, site), what: `Tasks of ${t.name}`, site });
  const lb =
    decision.entry === "alb"
      ? buildLoadBalancer(context, t, { type: "ip", port: t.port }, site)
      : undefined;
  addService(s, decision, sizing, cluster, lb);
  addScaling(s, sizing, cluster);
  addAlarms(
    context,
    t,
    FARGATE_ALARMS,
    undefined,
    { ClusterName: dim.name(cluster), ServiceName: dim.name(s.id("service")) },
    site,
  );
}

/** The task size and capacity (a fraction in the DR region), with the checks on the primary's. */
function fargateSizing({ context, t, site, dr }: TierScope): FargateSizing {
  const { availability } = context;
  const primary = sizeFargate(t, availability.zoneCount, availability.production);
  const share = standbyShareOf(context, site);
  if (share !== undefined)
    return { ...primary, ...standbyCapacity(primary, share, siteRegion(context, site)) };
  // An active-active region runs the primary's capacity; its checks were reported there.
  if (dr) return primary;
  if (primary.adjusted) {
    report(context, t.tier.cpu !== undefined ? `${t.pointer}/cpu` : `${t.pointer}/memoryMb`, {
      code: CompileCode.SizeAdjusted,
      message: `Fargate has no ${t.tier.cpu ?? "default"} vCPU / ${t.tier.memoryMb ?? "default"} MiB size; ${t.name} uses the next valid size, ${primary.task.vcpu} vCPU / ${primary.task.memory} MiB.`,
      hint: "Use a valid Fargate pair (AWS ECS 'Task CPU and memory'), e.g. 0.5 vCPU with 1024-4096 MiB.",
    });
  }
  checkZoneFloor(context, t, primary.min);
  if (t.type === "worker" && primary.min === 0) checkWorkerTrigger(context, t);
  return primary;
}

function addExecutionRole(
  { context, t, site, id, nameParts }: TierScope,
  access: TierAccess,
): void {
  context.nodes.add({
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
}

function addTaskRole({ context, t, site, dr, id, nameParts }: TierScope, access: TierAccess): void {
  context.nodes.add({
    id: id("task.role"),
    kind: "aws.iam.role",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("task")),
      description: `Role the code of ${t.name} runs as${dr ? ` in ${siteRegion(context, site)}` : ""}`,
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
}

function addTaskDefinition(
  { context, t, site, id }: TierScope,
  decision: ComputeDecision,
  sizing: FargateSizing,
  access: TierAccess,
  logGroup: string,
): void {
  const architecture = architectureOf(t, "ecs");
  const environment = tierEnvironment(context, t, access, "ecs", site);
  context.nodes.add({
    id: id("task"),
    kind: "aws.ecs.task_definition",
    tier: t.name,
    region: site,
    props: {
      family: `${t.awsName}${siteSuffix(site)}`,
      cpu: sizing.task.cpu,
      memory: sizing.task.memory,
      cpuArchitecture: architecture === "arm64" ? "ARM64" : "X86_64",
      executionRoleArn: ref(id("execution.role"), "arn"),
      taskRoleArn: ref(id("task.role"), "arn"),
      container: {
        name: t.name,
        image: imageIn(context, t, site),
        command: t.tier.command,
        port: decision.entry === "alb" ? t.port : undefined,
        readonlyRootFilesystem: true,
        logGroupName: ref(logGroup, "name"),
        environment,
        secrets: access.secrets,
      },
    },
    reason: because(
      `${sizing.task.vcpu} vCPU / ${sizing.task.memory} MiB task on ${architectureNote(t, architecture)}; read-only root file system${t.tier.command ? `; runs ${JSON.stringify(t.tier.command)}` : ""}`,
      [
        `${t.pointer}/cpu`,
        `${t.pointer}/memoryMb`,
        `${t.pointer}/image`,
        `${t.pointer}/architecture`,
        ...(t.tier.command ? [`${t.pointer}/command`] : []),
        ...(t.tier.environment ? [`${t.pointer}/environment`] : []),
        ...sizing.pointers,
      ],
      sizing.calculation,
    ),
  });
}

function addService(
  { context, t, site, dr, id }: TierScope,
  decision: ComputeDecision,
  sizing: FargateSizing,
  cluster: string,
  lb: { targetGroup: string; listener: string } | undefined,
): void {
  const { availability } = context;
  const decisionPointers = [
    t.pointer,
    ...decision.fields.map((f) => `${t.pointer}/${f}`),
    ...(dr ? ["/availability", ...context.drPointers] : []),
  ];
  const tasks = `${sizing.desired} task${sizing.desired === 1 ? "" : "s"}`;
  context.nodes.add({
    id: id("service"),
    kind: "aws.ecs.service",
    tier: t.name,
    region: site,
    props: {
      name: `${t.awsName}${siteSuffix(site)}`,
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
        ? standbyShareOf(context, site) === undefined
          ? `${t.name} in ${site}, serving its share of traffic (active-active): ${tasks} running, scaling to ${sizing.max}`
          : `${sizing.desired === 0 ? "Pilot light" : "Warm standby"} of ${t.name} in ${siteRegion(context, site)}: ${tasks} running, scaling to ${sizing.max} on failover`
        : `${decision.summary}; ${tasks} of ${sizing.task.vcpu} vCPU spread over ${availability.zoneCount} AZs in private subnets, rolled back automatically when a deployment fails`,
      [...decisionPointers, ...sizing.pointers, "/availability"],
      [`rule ${decision.rule}`, ...sizing.calculation],
    ),
  });
}

/** Target tracking on CPU between the sizing's min and max tasks. */
function addScaling(
  { context, t, site, id, nameParts }: TierScope,
  sizing: FargateSizing,
  cluster: string,
): void {
  context.nodes.add({
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
  context.nodes.add({
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
}

/** A service's alarms (namespace AWS/ECS): autoscaling at its limit, memory pressure. */
const FARGATE_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "cpu",
    namespace: "AWS/ECS",
    metricName: "CPUUtilization",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: () => 85,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} average CPU above 85% for 15 minutes (autoscaling is at its limit)`,
  },
  {
    metric: "memory",
    namespace: "AWS/ECS",
    metricName: "MemoryUtilization",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: () => 85,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} average memory above 85% for 15 minutes`,
  },
];

export function ensureCluster(context: CompileContext, site: Site = "primary"): string {
  const id = siteId(site, SHARED.ecsCluster);
  if (context.nodes.has(id)) return id;
  return context.nodes.add({
    id,
    kind: "aws.ecs.cluster",
    tier: null,
    region: site,
    props: {
      name: nameOf(context, ["cluster", ...siteNamePart(site)]),
      containerInsights: true,
    },
    reason: because(
      `One ECS cluster for every Fargate service${site !== "primary" ? ` in ${siteRegion(context, site)}` : ""}, with Container Insights metrics`,
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
    message: `${t.name} runs at least ${min} cop${min === 1 ? "y" : "ies"} across ${availability.zoneCount} AZs: an AZ failure can leave it with no capacity until autoscaling reacts.`,
    hint: `Set scaling.min to at least ${availability.zoneCount} in production.`,
  });
}
