import { indexGraph, type GraphNode, type ResourceGraph } from "@idio-iac/graph";

/**
 * The graph's index as plain data for the wasm input: positions in
 * `graph.nodes`, so rules find nodes without scanning the graph.
 */
export interface GraphIndex {
  /** kind -> positions of its nodes, in graph order. */
  readonly byKind: Readonly<Record<string, readonly number[]>>;
  /** id -> position. */
  readonly byId: Readonly<Record<string, number>>;
  /** id -> positions of the nodes whose props reference it (`{ ref: id }`), in graph order. */
  readonly referencedBy: Readonly<Record<string, readonly number[]>>;
}

export function graphIndex(graph: ResourceGraph): GraphIndex {
  const index = indexGraph(graph);
  // By node, not id: a graph with a repeated id still gets each node's own position.
  const position = new Map(graph.nodes.map((node, at) => [node, at]));
  const positionsOf = (nodes: readonly GraphNode[]) => nodes.map((node) => position.get(node)!);
  return {
    byKind: Object.fromEntries(
      [...index.byKind].map(([kind, nodes]) => [kind, positionsOf(nodes)]),
    ),
    byId: Object.fromEntries(index.positions),
    referencedBy: Object.fromEntries(
      [...index.referencedBy()].map(([id, nodes]) => [id, positionsOf(nodes)]),
    ),
  };
}
