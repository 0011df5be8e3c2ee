import type { PriceMapper } from "../mapper-types.js";
import { averageCount, HOURS_PER_MONTH, standbyCount } from "./shared.js";

/**
 * Fargate tasks: vCPU and memory hours at the average task count, plus public
 * IPs if assigned. A DR standby takes no traffic until failover, so it runs
 * its desired count (none for a pilot light: no Fargate hours at all).
 */
export const ecsServiceMapper: PriceMapper<"aws.ecs.service"> = {
  kind: "aws.ecs.service",
  components(node, context) {
    const taskDefinition = context.node(node.props.taskDefinitionArn.ref);
    if (taskDefinition?.kind !== "aws.ecs.task_definition") return [];
    const target = context
      .referrers(node.id)
      .find((candidate) => candidate.kind === "aws.appautoscaling.target");
    const min =
      target?.kind === "aws.appautoscaling.target"
        ? target.props.minCapacity
        : node.props.desiredCount;
    const max = target?.kind === "aws.appautoscaling.target" ? target.props.maxCapacity : min;
    const { average, baselineShare } =
      node.region === "dr"
        ? standbyCount(node.props.desiredCount)
        : averageCount(context, node.tier, Math.max(min, 0), max);
    const architecture = taskDefinition.props.cpuArchitecture;
    const vcpu = taskDefinition.props.cpu / 1024;
    const memoryGb = taskDefinition.props.memory / 1024;
    const label = architecture === "ARM64" ? "ARM64" : "x86_64";
    return [
      {
        component: `Fargate vCPU (${label}, ${vcpu} vCPU x ${round(average)} tasks)`,
        product: "fargate-vcpu-hours",
        attributes: { cpuArchitecture: architecture },
        quantity: average * vcpu * HOURS_PER_MONTH,
        baselineShare,
        commitment: "compute-savings-plan",
      },
      {
        component: `Fargate memory (${label}, ${memoryGb} GB x ${round(average)} tasks)`,
        product: "fargate-memory-gb-hours",
        attributes: { cpuArchitecture: architecture },
        quantity: average * memoryGb * HOURS_PER_MONTH,
        baselineShare,
        commitment: "compute-savings-plan",
      },
      ...(node.props.assignPublicIp
        ? [
            {
              component: "Public IPv4 addresses (one per task)",
              product: "public-ipv4-hours",
              quantity: average * HOURS_PER_MONTH,
            },
          ]
        : []),
    ];
  },
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
