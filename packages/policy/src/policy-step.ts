import type { ResourceGraph } from "@idio-iac/graph";
import type { Diagnostic, Intent, IntentSource } from "@idio-iac/intent-schema";
import { autoFix } from "./auto-fix.js";
import type { PolicyBundle } from "./bundle/policy-bundle.js";
import { evaluatePolicies } from "./evaluate-policies.js";
import { policyContext } from "./policy-context.js";
import type { AppliedFix, PolicyContext, PolicyReport } from "./types.js";

export interface PolicyStepOptions {
  /** Apply fixes (the default); `false` only reports. */
  readonly fix?: boolean;
  /** Today's date (YYYY-MM-DD) from the caller's clock, for waiver expiry. */
  readonly today?: string;
  readonly source?: IntentSource;
  /** User bundles evaluated beside the built-in rules. */
  readonly bundles?: readonly PolicyBundle[];
  /** Time limit for each evaluation of a user bundle, in ms (default 5000). */
  readonly timeoutMs?: number;
  /** Apply user bundles' fixes too (default false: reported unfixed, with an IDIO522 note). */
  readonly allowBundleFixes?: boolean;
  /** The account's applied service quotas where they differ from AWS's defaults. */
  readonly quotas?: PolicyContext["quotas"];
}

export interface PolicyStepResult {
  /** The graph after fixes (the input graph when fixing is off). */
  readonly graph: ResourceGraph;
  readonly report: PolicyReport;
  readonly fixes: readonly AppliedFix[];
  /** Waiver warnings and fix conflicts (errors), as plan diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The policy step of `plan`: fix what can be fixed (unless told not to) and report the rest. */
export function checkPolicies(
  intent: Intent,
  graph: ResourceGraph,
  options: PolicyStepOptions = {},
): PolicyStepResult {
  const context = policyContext(intent, {
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.quotas === undefined ? {} : { quotas: options.quotas }),
  });
  const evaluateOptions = {
    ...(options.bundles ? { bundles: options.bundles } : {}),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  if (options.fix === false) {
    const report = evaluatePolicies(graph, context, evaluateOptions);
    return { graph, report, fixes: [], diagnostics: report.diagnostics };
  }
  const fixed = autoFix(graph, context, {
    ...evaluateOptions,
    allowBundleFixes: options.allowBundleFixes === true,
  });
  return {
    graph: fixed.graph,
    report: fixed.remaining,
    fixes: fixed.applied,
    diagnostics: fixed.remaining.diagnostics,
  };
}
