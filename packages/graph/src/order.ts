import type { ResourceGraph } from "./graph.js";
import { dependenciesOf } from "./refs.js";

export type OrderResult =
  | { readonly ok: true; readonly waves: readonly (readonly string[])[] }
  | { readonly ok: false; readonly cycle: readonly string[] };

/**
 * Creation order as dependency waves: every node in a wave depends only on
 * nodes of earlier waves, so a wave can be created in parallel. Nodes within
 * a wave are sorted by id. A cycle is reported with the ids that form it.
 */
export function creationWaves(graph: ResourceGraph): OrderResult {
  const deps = new Map<string, string[]>();
  for (const node of graph.nodes) deps.set(node.id, dependenciesOf(node));
  const remaining = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const [id, list] of deps) {
    remaining.set(id, list.filter((dep) => deps.has(dep)).length);
    for (const dep of list) {
      if (!deps.has(dep)) continue;
      const users = dependents.get(dep) ?? [];
      users.push(id);
      dependents.set(dep, users);
    }
  }
  const waves: string[][] = [];
  let current = [...remaining]
    .filter(([, count]) => count === 0)
    .map(([id]) => id)
    .sort();
  let placed = 0;
  while (current.length > 0) {
    waves.push(current);
    placed += current.length;
    const next: string[] = [];
    for (const id of current) {
      for (const user of dependents.get(id) ?? []) {
        const left = (remaining.get(user) ?? 0) - 1;
        remaining.set(user, left);
        if (left === 0) next.push(user);
      }
    }
    current = next.sort();
  }
  if (placed === deps.size) return { ok: true, waves };
  return { ok: false, cycle: findCycle(deps, remaining) };
}

/** Teardown order: the creation waves reversed. */
export function teardownWaves(waves: readonly (readonly string[])[]): string[][] {
  return [...waves].reverse().map((wave) => [...wave]);
}

function findCycle(deps: Map<string, string[]>, remaining: Map<string, number>): string[] {
  const stuck = new Set([...remaining].filter(([, count]) => count > 0).map(([id]) => id));
  const start = [...stuck].sort()[0];
  if (start === undefined) return [];
  const path: string[] = [];
  const seen = new Map<string, number>();
  let id: string | undefined = start;
  while (id !== undefined && !seen.has(id)) {
    seen.set(id, path.length);
    path.push(id);
    id = (deps.get(id) ?? []).filter((dep) => stuck.has(dep)).sort()[0];
  }
  return id === undefined ? path : [...path.slice(seen.get(id)), id];
}
