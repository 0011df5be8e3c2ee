import type { ResourceGraph } from "@idio-iac/graph";
import { globalNodeIds } from "./graph-queries.js";

/**
 * Ids of the nodes created in us-east-1 through their own provider or
 * template: the graph's `edge` nodes. In a us-east-1 graph there are none
 * (us-east-1 is the primary region). A CloudFront certificate or
 * CLOUDFRONT-scope web ACL a hand-built graph left in another primary
 * region goes there too, since CloudFront accepts them from nowhere else.
 */
export function edgeNodeIds(graph: ResourceGraph): Set<string> {
  if (graph.region === "us-east-1") return new Set();
  const ids = globalNodeIds(graph);
  for (const node of graph.nodes) if (node.region === "edge") ids.add(node.id);
  return ids;
}
