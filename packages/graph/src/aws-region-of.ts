import { REGION_NAMES } from "@idio-iac/core";
import { IdioArgumentError } from "./argument-error.js";
import type { ResourceGraph } from "./graph.js";
import type { AwsRegionCode, GraphNode, NodeRegion } from "./node.js";

/** CloudFront takes its certificate and CLOUDFRONT-scope web ACL only from here. */
export const EDGE_REGION = "us-east-1";

/** A node region that names an AWS region itself: an extra serving region. */
export function isRegionCode(region: NodeRegion): region is AwsRegionCode {
  return typeof region === "string" && region !== "primary" && region !== "dr" && region !== "edge";
}

/**
 * What is wrong with a node's region in this graph, or undefined: a code must
 * be a region IDIO knows, listed in `graph.regions`, and neither the primary
 * nor the DR region (those are `primary` and `dr`); `dr` needs `graph.drRegion`.
 */
export function regionProblem(
  graph: Pick<ResourceGraph, "region" | "drRegion" | "regions">,
  region: unknown,
): string | undefined {
  if (region === "primary" || region === "edge") return undefined;
  if (region === "dr")
    return graph.drRegion === undefined
      ? 'is in region "dr" but the graph has no drRegion'
      : undefined;
  if (typeof region !== "string") return 'has no region ("primary", "dr", "edge" or a code)';
  const shown = JSON.stringify(region.slice(0, 40));
  if (!REGION_NAMES.includes(region))
    return `is in region ${shown}, which is neither "primary", "dr", "edge" nor an AWS region IDIO knows (${REGION_NAMES.slice(0, 3).join(", ")}, …)`;
  if (region === graph.region)
    return `is in region ${shown}, the graph's primary region: its region is "primary"`;
  if (region === graph.drRegion)
    return `is in region ${shown}, the graph's disaster-recovery region: its region is "dr"`;
  if (!(graph.regions ?? []).includes(region))
    return `is in region ${shown}, which the graph's regions (${(graph.regions ?? []).join(", ") || "none"}) do not list`;
  return undefined;
}

/**
 * The AWS region a node is created in: `primary` is the graph's region, `dr`
 * its drRegion, `edge` us-east-1 and a code itself. The one resolver every
 * emitter, the pricing and the CLI share.
 */
export function awsRegionOf(
  graph: Pick<ResourceGraph, "region" | "drRegion" | "regions">,
  node: Pick<GraphNode, "region">,
): string {
  const region = node.region;
  switch (region) {
    case "primary":
      return graph.region;
    case "edge":
      return EDGE_REGION;
    case "dr":
      if (graph.drRegion === undefined)
        throw new IdioArgumentError("graph.drRegion", "must be set: a node is in the DR region");
      return graph.drRegion;
  }
  const problem = regionProblem(graph, region);
  if (problem !== undefined) throw new IdioArgumentError("node.region", problem);
  return region;
}
