import type { GraphNode, ResourceGraph } from "@idio-iac/graph";

/** A copy of the graph with some nodes' props replaced (pure). */
export function withProps(
  graph: ResourceGraph,
  changes: ReadonlyMap<string, Record<string, unknown>>,
): ResourceGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((node) =>
      changes.has(node.id)
        ? ({ ...node, props: { ...node.props, ...changes.get(node.id) } } as GraphNode)
        : node,
    ),
  };
}

/** A copy of the graph without some nodes (pure). */
export function without(graph: ResourceGraph, ids: ReadonlySet<string>): ResourceGraph {
  return { ...graph, nodes: graph.nodes.filter((node) => !ids.has(node.id)) };
}
