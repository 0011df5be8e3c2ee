import type { ResourceGraph } from "@idio-iac/graph";

/**
 * The graph's index as plain data for the wasm input: positions in
 * `graph.nodes`, so rules find nodes without scanning the graph.
 */
export interface GraphIndex {
  /** kind -> positions of its nodes, in graph order. */
  readonly byKind: Readonly<Record<string, readonly number[]>>;
  /** id -> position (the last node with the id). */
  readonly byId: Readonly<Record<string, number>>;
  /** id -> positions of the nodes whose props reference it (`{ ref: id }`), in graph order. */
  readonly referencedBy: Readonly<Record<string, readonly number[]>>;
}

/**
 * One pass over the nodes, straight into the records the input carries: the
 * index is rebuilt for every evaluation (each auto-fix round has a new graph),
 * so at 5,000 nodes going through Maps and generic walkers cost as much as
 * some rules. Null-prototype records keep an id like `__proto__` an ordinary key.
 */
export function graphIndex(graph: ResourceGraph): GraphIndex {
  const byKind: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const byId: Record<string, number> = Object.create(null) as Record<string, number>;
  const referencedBy: Record<string, number[]> = Object.create(null) as Record<string, number[]>;
  const nodes = graph.nodes;
  for (let at = 0; at < nodes.length; at++) {
    const node = nodes[at]!;
    const ofKind = byKind[node.kind];
    if (ofKind) ofKind.push(at);
    else byKind[node.kind] = [at];
    byId[node.id] = at;
    addReferences(node.props, at, referencedBy);
  }
  return { byKind, byId, referencedBy };
}

/**
 * Records node `at` under every id its props reference, once per id, in document order. A
 * reference is an object of exactly `ref` and `attr`, both strings (`isRef` in @idio-iac/graph);
 * nothing inside it is a reference.
 */
function addReferences(value: unknown, at: number, into: Record<string, number[]>): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) addReferences(item, at, into);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  const ref = record.ref;
  if (keys.length === 2 && typeof ref === "string" && typeof record.attr === "string") {
    const referrers = into[ref];
    // Positions only grow, so the node already counted for this id is the last one listed.
    if (!referrers) into[ref] = [at];
    else if (referrers[referrers.length - 1] !== at) referrers.push(at);
    return;
  }
  for (const key of keys) addReferences(record[key], at, into);
}
