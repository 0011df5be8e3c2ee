import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { diagnosticAt, type DiagnosticCode } from "@idio-iac/core";
import type { Diagnostic } from "@idio-iac/intent-schema";
import jsonpatch from "fast-json-patch";
import { byString } from "./compare.js";
import { PolicyDiagnostic } from "./diagnostic-codes.js";
import { evaluateDetailed, type EvaluateOptions } from "./evaluate-policies.js";
import { prototypeKeyInside, prototypeSegment, userFixPathAllowed } from "./fix-safety.js";
import type { AppliedFix, Finding, PolicyContext, PolicyReport } from "./types.js";

export interface AutoFixOptions extends EvaluateOptions {
  /**
   * Apply the fixes of user bundles too (`--allow-bundle-fixes`). Off by default:
   * a user bundle's fixable finding is then reported unfixed, with an IDIO522 note.
   */
  readonly allowBundleFixes?: boolean;
}

/** Fixes may enable rules whose own fixes then apply; this many rounds is far more than any chain needs. */
export const MAX_FIX_ROUNDS = 8;

export interface AutoFixResult {
  /** The graph with every fix applied (the input graph is never modified). */
  readonly graph: ResourceGraph;
  /** Every change made, in order. */
  readonly applied: readonly AppliedFix[];
  /** The report on the fixed graph: what is left for a person to decide. */
  readonly remaining: PolicyReport;
  /** Conflicting or failing fixes (errors); empty when fixing went well. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Applies the JSON Patch fixes of every open, fixable finding and evaluates
 * again until nothing fixable remains. Waived findings are never fixed. When
 * two rules set one field to different values (in a round or across rounds)
 * the rules fight: fixing stops there with an IDIO504 error naming both.
 *
 * Every round evaluates every bundle, built-in rules included, on the graph
 * the previous round fixed, and the remaining report comes from one more full
 * evaluation: a user fix that undoes a built-in safeguard either brings the
 * built-in finding back or makes the built-in fix put the value back, which
 * is a fight (IDIO504). User fixes may change only `/props` and `/tags`
 * (IDIO523), and no fix may touch a prototype key (IDIO521); fast-json-patch's
 * banPrototypeModifications guards the same underneath.
 */
export function autoFix(
  graph: ResourceGraph,
  context: PolicyContext,
  options: AutoFixOptions = {},
): AutoFixResult {
  const applied: AppliedFix[] = [];
  const diagnostics: Diagnostic[] = [];
  /** resource + path -> every value fixes gave it, and which rule gave each. */
  const history = new Map<string, { ruleId: string; value: unknown; round: number }[]>();
  let current = graph;
  for (let round = 1; ; round += 1) {
    const { open, report, failed } = evaluateDetailed(current, context, options);
    const allowed = (finding: Finding) =>
      finding.source === "builtin" || options.allowBundleFixes === true;
    const fixable = open.filter((entry) => entry.finding.fixable && allowed(entry.finding));
    if (fixable.length === 0 || diagnostics.length > 0 || failed) {
      const notes = open
        .filter((entry) => entry.finding.fixable && !allowed(entry.finding))
        .map((entry) => unappliedNote(context, entry.finding));
      return {
        graph: current,
        applied,
        remaining: withDiagnostics(report, [...diagnostics, ...notes]),
        diagnostics,
      };
    }
    if (round > MAX_FIX_ROUNDS) {
      diagnostics.push(
        fixError(
          context,
          PolicyDiagnostic.FixConflict,
          `Fixes did not settle after ${MAX_FIX_ROUNDS} rounds; still fixable: ${[...new Set(fixable.map((entry) => entry.finding.ruleId))].join(", ")}.`,
        ),
      );
      continue;
    }
    const nodes = current.nodes.map((node) => jsonpatch.deepClone(node) as GraphNode);
    const index = new Map(nodes.map((node, position) => [node.id, position]));
    for (const { finding, violation } of fixable) {
      const target = violation.fix_resource ?? violation.resource;
      const position = target === undefined ? undefined : index.get(target);
      const fromUser = finding.source !== "builtin";
      const source = fromUser ? { source: finding.source } : {};
      for (const operation of violation.fix ?? []) {
        const unsafe = prototypeSegment(operation.path) ?? prototypeKeyInside(operation.value);
        if (unsafe !== undefined) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.FixTouchesPrototype,
              `${finding.ruleId} (${finding.source}): its fix ${operation.op} ${JSON.stringify(operation.path)} touches "${unsafe}"; it was not applied.`,
              "A fix may not name __proto__, constructor or prototype in its path or value; correct the rule.",
            ),
          );
          continue;
        }
        if (fromUser && !userFixPathAllowed(operation.path)) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.BundleFixOutsideProps,
              `${finding.ruleId} (${finding.source}): its fix ${operation.op} ${JSON.stringify(operation.path)} is outside /props and /tags; it was not applied.`,
              "A user rule may change a node's /props/… and /tags/… only; its id, kind, tier and dependencies are IDIO's.",
            ),
          );
          continue;
        }
        if (target === undefined || position === undefined) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.FixFailed,
              `${finding.ruleId}: its fix names no node of the graph (${String(target)}).`,
            ),
          );
          break;
        }
        const key = `${target}\u0000${operation.path}`;
        const node = nodes[position] as GraphNode;
        const before = valueAt(node, operation.path);
        // The compiler's value counts as the first in the history: a rule putting it back fights.
        if (!history.has(key))
          history.set(key, [{ ruleId: "the compiler", value: before, round: 0 }]);
        const fight = fightOver(history.get(key) ?? [], round, operation.value);
        if (fight) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.FixConflict,
              `Rules fight over ${target} ${operation.path}: ${fight.ruleId} sets ${JSON.stringify(fight.value)}, ${finding.ruleId} sets ${JSON.stringify(operation.value)}.`,
            ),
          );
          continue;
        }
        try {
          jsonpatch.applyOperation(
            node,
            { ...operation } as jsonpatch.Operation,
            true,
            true,
            true, // banPrototypeModifications: a second guard behind prototypeSegment
          );
        } catch (error) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.FixFailed,
              `${finding.ruleId}: cannot apply ${operation.op} ${operation.path} to ${target} (${(error as Error).message.split("\n")[0]}).`,
            ),
          );
          continue;
        }
        const after = operation.path.endsWith("/-")
          ? operation.value
          : valueAt(node, operation.path);
        if (!operation.path.endsWith("/-")) {
          history.set(key, [
            ...(history.get(key) ?? []),
            { ruleId: finding.ruleId, value: operation.value, round },
          ]);
        }
        applied.push({
          ruleId: finding.ruleId,
          resourceId: target,
          path: operation.path,
          before,
          after,
          ...source,
        });
      }
      for (const added of violation.add_nodes ?? []) {
        const unsafe = prototypeKeyInside(added);
        if (unsafe !== undefined) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.FixTouchesPrototype,
              `${finding.ruleId} (${finding.source}): a node it adds holds the key "${unsafe}"; it was not added.`,
              "A fix may not name __proto__, constructor or prototype in its path or value; correct the rule.",
            ),
          );
          continue;
        }
        const existing = index.get(added.id);
        if (existing !== undefined && jsonpatch._areEquals(nodes[existing], added)) continue;
        if (existing !== undefined) {
          diagnostics.push(
            fixError(
              context,
              PolicyDiagnostic.FixConflict,
              `${finding.ruleId} adds ${added.id}, which already exists.`,
            ),
          );
          continue;
        }
        index.set(added.id, nodes.length);
        nodes.push(added);
        applied.push({
          ruleId: finding.ruleId,
          resourceId: added.id,
          path: "",
          before: null,
          after: added,
          ...source,
        });
      }
    }
    current = { ...current, nodes: nodes.sort((a, b) => byString(a.id, b.id)) };
  }
}

/**
 * Fixes may tighten a field step by step (retention 0 -> 90 -> 2192), but two
 * fixes in one round that disagree, or a fix that puts back a value an
 * earlier round replaced, mean the rules fight and would never settle.
 */
function fightOver(
  earlier: readonly { ruleId: string; value: unknown; round: number }[],
  round: number,
  value: unknown,
): { ruleId: string; value: unknown } | undefined {
  const last = earlier[earlier.length - 1];
  if (last && last.round === round && !jsonpatch._areEquals(last.value, value)) return last;
  const replaced = earlier.slice(0, -1).find((entry) => jsonpatch._areEquals(entry.value, value));
  if (replaced && last && !jsonpatch._areEquals(last.value, value)) return last;
  return undefined;
}

/** The value at a JSON pointer inside a node, or null when absent (`/-` appends: nothing before). */
function valueAt(node: GraphNode, path: string): unknown {
  if (path.endsWith("/-")) return null;
  try {
    const value = jsonpatch.getValueByPointer(node, path) as unknown;
    return value === undefined ? null : jsonpatch.deepClone(value);
  } catch {
    return null;
  }
}

function fixError(
  context: PolicyContext,
  code: DiagnosticCode,
  message: string,
  hint = "This is a conflict between policy rules (built-in or from --policy-bundle): waive one of the findings or fix the rule.",
): Diagnostic {
  return diagnosticAt(context.source, "", { code, message, hint });
}

function unappliedNote(context: PolicyContext, finding: Finding): Diagnostic {
  return diagnosticAt(context.source, finding.location.pointer, {
    code: PolicyDiagnostic.BundleFixNotApplied,
    message: `${finding.ruleId} (${finding.source}) has a fix for ${finding.resourceId ?? "the plan"} that was not applied: fixes from --policy-bundle apply only when allowed.`,
    hint: "Review the rule, then pass --allow-bundle-fixes (PlanOptions.allowBundleFixes) to apply it.",
  });
}

function withDiagnostics(report: PolicyReport, diagnostics: readonly Diagnostic[]): PolicyReport {
  return diagnostics.length
    ? { ...report, diagnostics: [...report.diagnostics, ...diagnostics] }
    : report;
}
