import type { ResourceGraph } from "@idio-iac/graph";

/** Positions in `graph.nodes`, so rules find nodes without scanning the graph. */
export interface GraphIndex {
  /** kind -> positions of its nodes, in graph order. */
  readonly byKind: Readonly<Record<string, readonly number[]>>;
  /** id -> position. */
  readonly byId: Readonly<Record<string, number>>;
  /** id -> positions of the nodes whose props reference it (`{ ref: id }`), in graph order. */
  readonly referencedBy: Readonly<Record<string, readonly number[]>>;
}

export function graphIndex(graph: ResourceGraph): GraphIndex {
  const byKind: Record<string, number[]> = {};
  const byId: Record<string, number> = {};
  const referencedBy: Record<string, number[]> = {};
  graph.nodes.forEach((node, position) => {
    (byKind[node.kind] ??= []).push(position);
    byId[node.id] = position;
    for (const id of referencedIds(node.props)) (referencedBy[id] ??= []).push(position);
  });
  return { byKind, byId, referencedBy };
}

/** Every node id a value references, once each. */
function referencedIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, found);
  } else if (value !== null && typeof value === "object") {
    const ref = (value as { ref?: unknown }).ref;
    if (typeof ref === "string") found.add(ref);
    for (const item of Object.values(value)) referencedIds(item, found);
  }
  return found;
}
