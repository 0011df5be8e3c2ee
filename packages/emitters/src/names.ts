import type { ResourceGraph } from "@idio-iac/graph";

/** A node id (`api.service`) as a Terraform name (`api_service`). */
export function terraformName(nodeId: string): string {
  const name = nodeId.replace(/[^A-Za-z0-9_-]/g, "_");
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** A node id (`api.service`) as a CloudFormation logical id (`ApiService`). */
export function logicalId(nodeId: string): string {
  let id = logicalIds.get(nodeId);
  if (id === undefined) {
    id = nodeId
      .split(/[^A-Za-z0-9]+/)
      .filter((part) => part !== "")
      .map((part) => part[0]!.toUpperCase() + part.slice(1))
      .join("");
    // A 1,000-tier template asks for the same ids hundreds of thousands of times.
    if (logicalIds.size >= 200_000) logicalIds.clear();
    logicalIds.set(nodeId, id);
  }
  return id;
}

const logicalIds = new Map<string, string>();

/** The AWS partition of a region (core's table of AWS facts). */
export { partitionOf } from "@idio-iac/core";

/** Tags every node carries with the same value: they become provider-level default tags. */
export function commonTags(graph: ResourceGraph): Record<string, string> {
  const [first, ...rest] = graph.nodes;
  if (first === undefined) return {};
  const common: Record<string, string> = {};
  for (const key of Object.keys(first.tags).sort()) {
    const value = first.tags[key]!;
    if (rest.every((node) => node.tags[key] === value)) common[key] = value;
  }
  return common;
}
