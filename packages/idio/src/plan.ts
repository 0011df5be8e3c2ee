import { costReport, type PriceBook } from "@idio/catalog";
import { compile, orderGraph } from "@idio/compiler";
import {
  parseIntent,
  type Diagnostic,
  type IntentSource,
  type ParseIntentResult,
} from "@idio/intent-schema";
import type { Plan } from "./plan-type.js";

export interface PlanOptions {
  /** The file name diagnostics report (as the user named it). Default `intent.yaml`. */
  readonly fileName?: string;
  /** Price book for the cost step; the embedded snapshot when absent. */
  readonly priceBook?: PriceBook;
}

export interface PlanResult {
  /** Absent when any step reported an error. */
  readonly plan?: Plan;
  /** Every step's diagnostics, in step order. */
  readonly diagnostics: Diagnostic[];
  /** The parsed source, to locate JSON pointers (absent when the input was not text). */
  readonly source?: IntentSource;
}

/**
 * Plans an intent: parse and validate -> compile -> order. Each step is a
 * pure function; the first step that reports an error ends the plan, with
 * every diagnostic gathered so far.
 */
export function plan(input: string | Uint8Array, options: PlanOptions = {}): PlanResult {
  const fileName = options.fileName ?? "intent.yaml";
  return planParsed(parseIntent(input, fileName), fileName, options);
}

/** The steps after parsing, for callers that parsed already (the CLI reads files itself). */
export function planParsed(
  parsed: ParseIntentResult,
  fileName: string,
  options: PlanOptions = {},
): PlanResult {
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const source = parsed.source;
  if (parsed.intent === undefined) return { diagnostics, source };

  const compiled = compile(parsed.intent, { source });
  diagnostics.push(...compiled.diagnostics);
  if (compiled.graph === undefined) return { diagnostics, source };

  const ordered = orderGraph(compiled.graph, fileName);
  diagnostics.push(...ordered.diagnostics);
  if (ordered.order === undefined || ordered.rollback === undefined) return { diagnostics, source };

  // Cost never fails a plan: a missing price or an overrun is a warning.
  const cost = costReport(parsed.intent, compiled.graph, {
    source,
    ...(options.priceBook ? { priceBook: options.priceBook } : {}),
  });
  diagnostics.push(...cost.diagnostics);

  const result: Plan = {
    intent: parsed.intent,
    graph: compiled.graph,
    order: ordered.order,
    rollback: ordered.rollback,
    cost: cost.report,
  };
  return { plan: result, diagnostics, source };
}
