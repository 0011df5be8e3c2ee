import type { ResourceGraph } from "@idio-iac/graph";
import { diagnosticAt } from "@idio-iac/core";
import type { Diagnostic } from "@idio-iac/intent-schema";
import { builtinBundle } from "./bundle/builtin-bundle.js";
import { PolicyBundleError, type PolicyBundle } from "./bundle/policy-bundle.js";
import { byString } from "./compare.js";
import { frameworkCoverage } from "./coverage.js";
import { PolicyDiagnostic } from "./diagnostic-codes.js";
import { InputJson } from "./input-json.js";
import { findingMaker, ruleApplies } from "./finding-maker.js";
import { memoizedSource } from "./locate.js";
import { policyInput } from "./policy-context.js";
import { compareSeverity } from "./severity.js";
import type { Finding, PolicyContext, PolicyReport, RawViolation, RuleMetadata } from "./types.js";
import { applyWaivers } from "./waivers.js";

export interface EvaluateOptions {
  /** User bundles (see `loadPolicyBundle`), evaluated beside the built-in rules. */
  readonly bundles?: readonly PolicyBundle[];
  /** Time limit for each evaluation of a user bundle (default 5000 ms). */
  readonly timeoutMs?: number;
}

/** A finding together with the violation it came from, whose fix auto-fix applies. */
export interface EvaluatedFinding {
  readonly finding: Finding;
  readonly violation: RawViolation;
}

export interface DetailedReport {
  readonly report: PolicyReport;
  /** Open (unwaived) findings with their violations. */
  readonly open: readonly EvaluatedFinding[];
  /** A user bundle timed out or failed: the report is incomplete and auto-fix must stop. */
  readonly failed: boolean;
}

/**
 * Checks a graph against the built-in rules and any user bundles: baseline
 * rules always, framework rules when the intent lists the framework, with
 * severity raised in production and waivers applied. Pure: the same graph
 * and context give the same report.
 */
export function evaluatePolicies(
  graph: ResourceGraph,
  context: PolicyContext,
  options: EvaluateOptions = {},
): PolicyReport {
  return evaluateDetailed(graph, context, options).report;
}

export function evaluateDetailed(
  graph: ResourceGraph,
  context: PolicyContext,
  options: EvaluateOptions = {},
): DetailedReport {
  const diagnostics: Diagnostic[] = [];
  const { rules, bundles } = collectRules(
    [builtinBundle(), ...(options.bundles ?? [])],
    diagnostics,
    context,
  );
  // Thousands of findings point at a few hundred places: each is located once.
  const located: PolicyContext = context.source
    ? { ...context, source: memoizedSource(context.source) }
    : context;
  const input = new InputJson(JSON.stringify(policyInput(graph, context)));
  const findings = findingMaker(graph, located, rules);
  const evaluated: EvaluatedFinding[] = [];
  let failed = false;
  for (const bundle of bundles) {
    let violations;
    try {
      violations = bundle.evaluate(
        input,
        options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
      );
    } catch (error) {
      if (!(error instanceof PolicyBundleError)) throw error;
      diagnostics.push(error.toDiagnostic());
      failed = true;
      continue;
    }
    const undocumented = findings.add(bundle, violations, evaluated);
    for (const pkg of undocumented) {
      diagnostics.push(
        diagnosticAt(context.source, "", {
          code: PolicyDiagnostic.BundleConflict,
          message: `Rule package idio.rules.${pkg} of ${bundle.name} reports violations but no METADATA; its findings are ignored.`,
          hint: "Give the package a METADATA block with custom.id and severity, and the line `metadata := rego.metadata.chain()`.",
        }),
      );
    }
  }
  evaluated.sort((a, b) => compareFindings(a.finding, b.finding));
  const { open, report } = reportOf(evaluated, rules, diagnostics, located);
  return { open, failed, report };
}

/** Waivers applied to the sorted findings, deploy-blocking findings as diagnostics, coverage. */
function reportOf(
  evaluated: readonly EvaluatedFinding[],
  rules: ReadonlyMap<string, RuleMetadata>,
  diagnostics: readonly Diagnostic[],
  context: PolicyContext,
): Omit<DetailedReport, "failed"> {
  const findings = evaluated.map((entry) => entry.finding);
  const { waiverOf, diagnostics: waiverDiagnostics } = applyWaivers(
    findings,
    context.waivers,
    new Set(rules.keys()),
    context.today,
    context.source,
  );
  const open: EvaluatedFinding[] = [];
  const waived: Finding[] = [];
  evaluated.forEach((entry, index) => {
    const waiver = waiverOf.get(index);
    if (!waiver) open.push(entry);
    else
      waived.push({
        ...entry.finding,
        fixable: false,
        waiver: {
          reason: waiver.reason,
          ...(waiver.expires === undefined ? {} : { expires: waiver.expires }),
        },
      });
  });
  const applied = [...rules.values()].filter((rule) => ruleApplies(rule, context));
  const openFindings = open.map((entry) => entry.finding);
  const blocked: Diagnostic[] = [];
  for (const finding of openFindings) {
    const rule = rules.get(finding.ruleId);
    if (rule?.deploy === "error") blocked.push(deployBlocked(finding, rule, context));
  }
  return {
    open,
    report: {
      findings: openFindings,
      waived,
      diagnostics: [...diagnostics, ...waiverDiagnostics, ...blocked],
      coverage: frameworkCoverage(context.compliance, applied, openFindings, waived),
      rulesEvaluated: applied.map((rule) => rule.id).sort(byString),
    },
  };
}

/**
 * An open finding of a `deploy: error` rule: AWS would refuse the plan, so it stops here, at the
 * intent field or tier the finding points to. A waiver (the user knows better) lifts it.
 */
function deployBlocked(finding: Finding, rule: RuleMetadata, context: PolicyContext): Diagnostic {
  const docs = rule.docs?.length === 1 ? ` (AWS: ${rule.docs[0]})` : "";
  return diagnosticAt(context.source, finding.location.pointer, {
    code: PolicyDiagnostic.DeployBlocked,
    message: `${rule.id}: ${finding.message}`,
    hint: `AWS would refuse this at apply time; idio rules show ${rule.id} explains why and links the AWS documentation${docs}. Change the intent, or waive ${rule.id} for ${finding.resourceId ?? "the plan"} under policy.waivers if it does not apply to your account.`,
  });
}

/** Rules by id across bundles; a user rule reusing an id already taken is dropped and reported. */
function collectRules(
  bundles: readonly PolicyBundle[],
  diagnostics: Diagnostic[],
  context: PolicyContext,
): { rules: Map<string, RuleMetadata>; bundles: readonly PolicyBundle[] } {
  const rules = new Map<string, RuleMetadata>();
  for (const bundle of bundles) {
    for (const rule of bundle.rules.values()) {
      const taken = rules.get(rule.id);
      if (taken) {
        diagnostics.push(
          diagnosticAt(context.source, "", {
            code: PolicyDiagnostic.BundleConflict,
            message: `Rule ${rule.id} of ${bundle.name} is ignored: ${taken.source} already defines it.`,
            hint: "Give the rule its own id prefix (for example ACME-S3-001).",
          }),
        );
        continue;
      }
      rules.set(rule.id, rule);
    }
  }
  return { rules, bundles };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareSeverity(a.severity, b.severity) ||
    byString(a.ruleId, b.ruleId) ||
    byString(a.resourceId ?? "", b.resourceId ?? "") ||
    byString(a.message, b.message)
  );
}
