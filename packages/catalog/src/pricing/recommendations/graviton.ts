import type { ResourceGraph } from "@idio-iac/graph";
import type { GraphChange } from "./recommendation.js";
import { withProps } from "./graph-edits.js";

/** The Graviton family with the same shape as an Intel/AMD family. */
const GRAVITON_FAMILY: Readonly<Record<string, string>> = {
  m5: "m7g",
  m6i: "m7g",
  m7i: "m7g",
  c5: "c7g",
  c6i: "c7g",
  c7i: "c7g",
  r5: "r7g",
  r6i: "r7g",
  r7i: "r7g",
  t3: "t4g",
};

function gravitonClass(name: string, prefix = ""): string | undefined {
  const body = name.slice(prefix.length);
  const [family, size] = body.split(".");
  const target = family ? GRAVITON_FAMILY[family] : undefined;
  return target && size ? `${prefix}${target}.${size}` : undefined;
}

/** Graviton (ARM64) runs the same workloads for 20% or more less. */
export function gravitonChange(graph: ResourceGraph): GraphChange[] {
  const changes = new Map<string, Record<string, unknown>>();
  for (const node of graph.nodes) {
    if (node.kind === "aws.ecs.task_definition" && node.props.cpuArchitecture === "X86_64")
      changes.set(node.id, { cpuArchitecture: "ARM64" });
    else if (node.kind === "aws.lambda.function" && !node.props.architectures.includes("arm64"))
      changes.set(node.id, { architectures: ["arm64"] });
    else if (node.kind === "aws.ec2.launch_template") {
      const target = gravitonClass(node.props.instanceType);
      if (target) changes.set(node.id, { instanceType: target });
    } else if (node.kind === "aws.rds.instance" || node.kind === "aws.rds.cluster_instance") {
      const target = gravitonClass(node.props.instanceClass, "db.");
      if (target) changes.set(node.id, { instanceClass: target });
    }
  }
  if (changes.size === 0) return [];
  return [
    {
      id: "graviton",
      kind: "graviton",
      title: "Move compute and databases to Graviton (ARM64)",
      detail:
        "Same vCPU and memory at a lower hourly price; container images need an arm64 build (multi-arch images cover both).",
      resources: [...changes.keys()].sort(),
      graph: withProps(graph, changes),
    },
  ];
}
