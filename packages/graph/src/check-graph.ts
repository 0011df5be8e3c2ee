import { regionProblem } from "./aws-region-of.js";
import type { ResourceGraph } from "./graph.js";
import { KINDS } from "./kinds/index.js";
import { collectRefs } from "./refs.js";

/** A broken graph is an IDIO bug, never a user error; these are its symptoms. */
export interface GraphProblem {
  readonly nodeId: string;
  readonly message: string;
}

/**
 * Structural integrity: unique ids, known kinds, references to existing
 * nodes and declared attributes, dependsOn to existing nodes, and a region
 * the graph can resolve (see `regionProblem`).
 */
export function checkGraph(graph: ResourceGraph): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const byId = new Map<string, string>();
  for (const node of graph.nodes) {
    if (byId.has(node.id)) problems.push({ nodeId: node.id, message: "duplicate node id" });
    byId.set(node.id, node.kind);
    if (!(node.kind in KINDS))
      problems.push({ nodeId: node.id, message: `unknown kind ${node.kind}` });
    const region = regionProblem(graph, node.region);
    if (region !== undefined) problems.push({ nodeId: node.id, message: region });
  }
  for (const node of graph.nodes) {
    for (const reference of collectRefs(node.props)) {
      const target = byId.get(reference.ref);
      if (target === undefined) {
        problems.push({ nodeId: node.id, message: `references missing node ${reference.ref}` });
      } else if (!KINDS[target as keyof typeof KINDS]?.attrs.includes(reference.attr)) {
        problems.push({
          nodeId: node.id,
          message: `references ${reference.ref}.${reference.attr}, which ${target} does not expose`,
        });
      }
    }
    for (const dep of node.dependsOn) {
      if (!byId.has(dep))
        problems.push({ nodeId: node.id, message: `depends on missing node ${dep}` });
    }
  }
  return problems;
}
