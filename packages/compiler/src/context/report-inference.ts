import { type CompileContext, report } from "./context.js";
import { CompileCode } from "../diagnostic-codes.js";

const CODE_TYPES = new Set(["web", "api", "worker", "function"]);
const DATA_TYPES = new Set(["database", "cache", "nosql", "storage"]);

/** Whether the intent's edges were inferred by the schema (`connections: inferred`). */
export function connectionsInferred(context: CompileContext): boolean {
  return context.intent.connections === "inferred";
}

/** The inferred edges as `web -> api` lines, in intent order. */
export function inferredEdgeList(context: CompileContext): string[] {
  if (!connectionsInferred(context)) return [];
  return context.tiers.flatMap((t) => t.tier.connectsTo.map((to) => `${t.name} -> ${to}`));
}

/**
 * States what was assumed: the inferred wiring as one warning (IDIO424), and
 * every data tier no compute tier can reach (IDIO425) — it would be built,
 * billed and never used.
 */
export function reportInference(context: CompileContext): void {
  const edges = inferredEdgeList(context);
  if (edges.length > 0) {
    report(context, "/tiers", {
      code: CompileCode.ConnectionsInferred,
      message: `No tier states connectsTo, so IDIO inferred the wiring: ${edges.join(", ")}. Security groups, IAM permissions and connection settings follow these edges.`,
      hint: "Write connectsTo on the tiers to state the wiring yourself (one connectsTo anywhere, even [], turns inference off), or set connections: explicit.",
    });
  }
  for (const t of context.tiers) {
    if (!DATA_TYPES.has(t.type)) continue;
    const reached = t.connectedFrom.some((name) =>
      CODE_TYPES.has(context.tierByName.get(name)?.type ?? ""),
    );
    if (reached) continue;
    report(context, t.pointer, {
      code: CompileCode.UnreachableData,
      message: `Nothing can reach ${t.type} tier ${t.name}: no web, api, worker or function tier connects to it, so no security group or IAM permission lets anything use it.`,
      hint: `Add ${t.name} to the connectsTo of the tier that uses it, or remove the tier.`,
    });
  }
}

/**
 * Appends to every node whose reason points at a connectsTo edge that the
 * edge was inferred, so `idio explain` says so beside the pointer.
 */
export function markInferredReasons(context: CompileContext): void {
  if (!connectionsInferred(context)) return;
  const note = `connectsTo inferred (no tier of the intent states connectsTo; docs/compiler.md "Inference"): ${inferredEdgeList(context).join(", ")}`;
  for (const node of context.nodes.all()) {
    if (!node.reason.pointers.some((p) => /^\/tiers\/\d+\/connectsTo(\/|$)/.test(p))) continue;
    context.nodes.amendReason(node.id, (reason) => ({
      ...reason,
      pointers: [...new Set([...reason.pointers, "/connections"])].sort(),
      calculation: [...reason.calculation, note],
    }));
  }
}
