import type { CompileContext } from "./context.js";

/**
 * Every node in an extra serving region exists because of `regions`: its
 * reason points there (and at the routing policy), so `idio explain
 * us-west-2.network.igw` names the line that put it in us-west-2 even where
 * the primary's twin has no intent field of its own.
 */
export function markServingReasons(context: CompileContext): void {
  if (context.servingRegions.length === 0) return;
  const regions: ReadonlySet<string> = new Set(context.servingRegions);
  const pointers = [
    "/regions",
    ...(context.intent.routing !== undefined ? ["/routing/policy"] : []),
  ];
  for (const node of context.nodes.all()) {
    if (!regions.has(node.region)) continue;
    if (pointers.every((p) => node.reason.pointers.includes(p))) continue;
    context.nodes.amendReason(node.id, (reason) => ({
      ...reason,
      pointers: [...new Set([...reason.pointers, ...pointers])].sort(),
    }));
  }
}
