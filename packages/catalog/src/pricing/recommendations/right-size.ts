import type { ResourceGraph } from "@idio-iac/graph";
import { THROUGHPUT } from "../../sizing/index.js";
import type { Usage } from "../usage.js";
import { AVERAGE_TO_PEAK } from "../usage.js";
import type { GraphChange } from "./recommendation.js";
import { withProps } from "./graph-edits.js";

/**
 * A service's minimum task count above what its average load needs at the
 * target utilisation: lower the floor and let autoscaling add tasks for peaks.
 * The compiler sizes default minimums the same way (size-compute.ts), so this
 * fires only where the intent's own `scaling.min` is above the average.
 */
export function rightSizeChange(graph: ResourceGraph, usage: Usage): GraphChange[] {
  const changes = new Map<string, Record<string, unknown>>();
  const notes: string[] = [];
  for (const target of graph.nodes) {
    if (target.kind !== "aws.appautoscaling.target" || target.tier === null) continue;
    const tier = usage.tiers[target.tier];
    if (!tier || tier.peakRpsSource !== "intent" || !["web", "api"].includes(tier.type)) continue;
    const service = graph.nodes.find(
      (node) => node.kind === "aws.ecs.service" && node.tier === target.tier,
    );
    const task =
      service?.kind === "aws.ecs.service"
        ? graph.nodes.find((node) => node.id === service.props.taskDefinitionArn.ref)
        : undefined;
    if (task?.kind !== "aws.ecs.task_definition") continue;
    // The compiler's floor: one task per AZ the service spans in production, else one.
    const floor =
      graph.environment === "production"
        ? Math.max(1, service?.kind === "aws.ecs.service" ? service.props.subnetIds.length : 1)
        : 1;
    const vcpu = task.props.cpu / 1024;
    const averageRps = tier.peakRps * AVERAGE_TO_PEAK[tier.trafficPattern];
    const perTask =
      THROUGHPUT.requestsPerVcpu * vcpu * (THROUGHPUT.targetCpuPercent[tier.trafficPattern] / 100);
    const needed = Math.max(floor, Math.ceil(averageRps / perTask));
    if (needed < target.props.minCapacity) {
      changes.set(target.id, { minCapacity: needed });
      notes.push(
        `${target.tier}: ${target.props.minCapacity} -> ${needed} tasks (${Math.round(averageRps)} rps average / ${Math.round(perTask)} rps per task)`,
      );
    }
  }
  if (changes.size === 0) return [];
  return [
    {
      id: "right-size:service-minimums",
      kind: "right-size",
      title: "Lower service minimums to what average load needs",
      detail: `${notes.join("; ")}. Autoscaling still scales out to the same maximum for peaks.`,
      resources: [...changes.keys()].sort(),
      graph: withProps(graph, changes),
    },
  ];
}
