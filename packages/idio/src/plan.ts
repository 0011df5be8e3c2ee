import { costReport, type PriceBook } from "@idio-iac/catalog";
import { compile, orderGraph, type TierSummary } from "@idio-iac/compiler";
import { checkPolicies, type PolicyBundle } from "@idio-iac/policy";
import {
  hasErrors,
  parseIntent,
  type Diagnostic,
  type IntentSource,
  type ParseIntentResult,
} from "@idio-iac/intent-schema";
import { fitBudget } from "./fit-budget.js";
import type { Plan } from "./plan-type.js";

export interface PlanOptions {
  /** The file name diagnostics report (as the user named it). Default `intent.yaml`. */
  readonly fileName?: string;
  /** Price book for the cost step; the embedded snapshot when absent. */
  readonly priceBook?: PriceBook;
  /** Apply policy auto-fixes (default true); `false` only reports findings (`--no-fix`). */
  readonly fix?: boolean;
  /** Today's date (YYYY-MM-DD) from the caller's clock, for waiver expiry; never read here. */
  readonly today?: string;
  /** User policy bundles (`--policy-bundle`), evaluated beside the built-in rules. */
  readonly policyBundles?: readonly PolicyBundle[];
  /** Time limit for each evaluation of a user policy bundle, in ms (`--policy-timeout`; default 5000). */
  readonly policyTimeoutMs?: number;
  /** Apply the fixes of user policy bundles (`--allow-bundle-fixes`); off by default. */
  readonly allowBundleFixes?: boolean;
}

export interface PlanResult {
  /** Absent when any step reported an error. */
  readonly plan?: Plan;
  /**
   * What the compiler chose for each tier (service, size, copies, engine, zones,
   * reasons), in intent order; present with the plan. Kept beside the plan, not in
   * it, so the plan's JSON stays as it was.
   */
  readonly tiers?: readonly TierSummary[];
  /** Every step's diagnostics, in step order. */
  readonly diagnostics: Diagnostic[];
  /** The parsed source, to locate JSON pointers (absent when the input was not text). */
  readonly source?: IntentSource;
}

/**
 * Plans an intent: parse and validate -> compile -> policy -> order -> cost. Each step is a
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

  // Policy: fix what can be fixed, report the rest; every later step sees the fixed graph.
  const policy = checkPolicies(parsed.intent, compiled.graph, {
    fix: options.fix ?? true,
    today: options.today,
    source,
    bundles: options.policyBundles,
    ...(options.policyTimeoutMs === undefined ? {} : { timeoutMs: options.policyTimeoutMs }),
    allowBundleFixes: options.allowBundleFixes === true,
  });
  diagnostics.push(...policy.diagnostics);
  if (hasErrors(policy.diagnostics)) return { diagnostics, source };
  const graph = policy.graph;

  const ordered = orderGraph(graph, fileName);
  diagnostics.push(...ordered.diagnostics);
  if (ordered.order === undefined || ordered.rollback === undefined) return { diagnostics, source };

  // Cost never fails a plan: a missing price or an overrun is a warning.
  const cost = costReport(parsed.intent, graph, {
    source,
    ...(options.priceBook ? { priceBook: options.priceBook } : {}),
  });
  diagnostics.push(...cost.diagnostics);
  // Over budget: which requirement drives the cost, and what relaxing it saves (IDIO427).
  diagnostics.push(
    ...fitBudget(parsed.intent, graph, cost.report, { source, priceBook: options.priceBook }),
  );

  const result: Plan = {
    intent: parsed.intent,
    graph,
    findings: policy.report.findings,
    fixes: policy.fixes,
    waived: policy.report.waived,
    coverage: policy.report.coverage,
    order: ordered.order,
    rollback: ordered.rollback,
    cost: cost.report,
  };
  return { plan: result, tiers: compiled.tiers, diagnostics, source };
}
