import { diagnostic, type Diagnostic } from "@idio-iac/core";
import { plan, type Plan, type PlanOptions } from "idio-iac";

export interface SideResult {
  readonly plan?: Plan;
  readonly diagnostics: readonly Diagnostic[];
  /** Whether the text was a saved plan (then it was not planned again). */
  readonly saved: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A saved plan.json (`idio plan --format json`) has these; an intent never has `graph`. */
function looksSaved(value: unknown): value is Record<string, unknown> {
  return isObject(value) && "graph" in value && "intent" in value;
}

function savedPlanProblem(value: Record<string, unknown>): string | undefined {
  if (!isObject(value.intent)) return "`intent` is not an object";
  if (!isObject(value.graph) || !Array.isArray(value.graph.nodes))
    return "`graph.nodes` is not a list";
  if (!value.graph.nodes.every((node) => isObject(node) && typeof node.id === "string"))
    return "a node of `graph.nodes` has no string `id`";
  if (!Array.isArray(value.order)) return "`order` is not a list";
  return undefined;
}

/**
 * A saved plan.json (`idio plan --format json`), checked for the fields a diff
 * reads; undefined when the text is not one (then it is an intent).
 */
export function savedPlanFromText(text: string, fileName: string): SideResult | undefined {
  if (!fileName.endsWith(".json")) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined; // not JSON: the intent parser reports it with a location
  }
  if (!looksSaved(parsed)) return undefined;
  const problem = savedPlanProblem(parsed);
  if (problem === undefined)
    return { plan: parsed as unknown as Plan, diagnostics: [], saved: true };
  return {
    saved: true,
    diagnostics: [
      diagnostic("IDIO740", {
        file: fileName,
        message: `${fileName} looks like a saved plan, but ${problem}.`,
        hint: "Save the plan with `idio plan <intent> --format json > plan.json`, or pass the intent file.",
      }),
    ],
  };
}

/**
 * One side of a diff from a file's text: a saved plan.json as saved, anything
 * else an intent planned with `options` (the caller gives today's date).
 */
export function planFromText(
  text: string,
  fileName: string,
  options: PlanOptions = {},
): SideResult {
  const saved = savedPlanFromText(text, fileName);
  if (saved !== undefined) return saved;
  const result = plan(text, { ...options, fileName });
  return {
    ...(result.plan === undefined ? {} : { plan: result.plan }),
    diagnostics: result.diagnostics,
    saved: false,
  };
}

/** The plan of an intent that does not exist on one side (added or deleted): no resources, no cost. */
export function absentPlan(other: Plan): Plan {
  return {
    intent: { ...other.intent, policy: { ...other.intent.policy, waivers: [] } },
    graph: { ...other.graph, nodes: [] },
    order: [],
    rollback: [],
    findings: [],
  } as Plan;
}
