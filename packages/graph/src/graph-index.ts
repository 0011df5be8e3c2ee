import type { ResourceGraph } from "./graph.js";
import type { GraphNode } from "./node.js";
import { collectRefs } from "./refs.js";

/**
 * The lookups every later phase needs on a graph (emitters, pricing, policy):
 * built once per graph, the reverse references only when first asked for.
 */
export interface GraphIndex {
  readonly graph: ResourceGraph;
  /** id -> node. */
  readonly byId: ReadonlyMap<string, GraphNode>;
  /** id -> position in `graph.nodes`. */
  readonly positions: ReadonlyMap<string, number>;
  /** kind -> its nodes, in graph order. */
  readonly byKind: ReadonlyMap<string, readonly GraphNode[]>;
  node(id: string): GraphNode | undefined;
  /** The nodes whose props reference `id` (`{ ref: id }`), once each, in graph order. */
  referrers(id: string): readonly GraphNode[];
  /** Every referenced id -> its referrers, in graph order of their first referrer. */
  referencedBy(): ReadonlyMap<string, readonly GraphNode[]>;
}

const NONE: readonly GraphNode[] = [];

export function indexGraph(graph: ResourceGraph): GraphIndex {
  const byId = new Map<string, GraphNode>();
  const positions = new Map<string, number>();
  const byKind = new Map<string, GraphNode[]>();
  graph.nodes.forEach((node, position) => {
    byId.set(node.id, node);
    positions.set(node.id, position);
    const list = byKind.get(node.kind);
    if (list) list.push(node);
    else byKind.set(node.kind, [node]);
  });
  let reverse: Map<string, GraphNode[]> | undefined;
  const referencedBy = (): ReadonlyMap<string, readonly GraphNode[]> => {
    if (reverse) return reverse;
    reverse = new Map();
    for (const node of graph.nodes) {
      for (const id of new Set(collectRefs(node.props).map((reference) => reference.ref))) {
        const list = reverse.get(id);
        if (list) list.push(node);
        else reverse.set(id, [node]);
      }
    }
    return reverse;
  };
  return {
    graph,
    byId,
    positions,
    byKind,
    node: (id) => byId.get(id),
    referrers: (id) => referencedBy().get(id) ?? NONE,
    referencedBy,
  };
}
