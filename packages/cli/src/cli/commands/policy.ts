import { phaseOf } from "@idio-iac/core";
import { Option, type Command } from "commander";
import type { Diagnostic } from "@idio-iac/intent-schema";
import {
  atLeast,
  builtinRules,
  formatReportText,
  toSarif,
  type PolicyReport,
  type Severity,
} from "@idio-iac/policy";
import { checkDate, reportArgumentProblems } from "../check-arguments.js";
import type { CliCommand } from "../command.js";
import { useColor, type CliIo } from "../cli-io.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import { IDIO_VERSION, loadIntentFile, planParsed } from "idio-iac";
import {
  allowBundleFixesOption,
  loadBundles,
  policyBundleOption,
  policyTimeoutMs,
  policyTimeoutOption,
  type PolicyBundleOptions,
} from "../policy-bundle-options.js";
import { exitFor, reportDiagnostics } from "./plan.js";
import { policyGate } from "../policy-gate.js";

interface PolicyOptions extends PolicyBundleOptions {
  readonly format: "text" | "json" | "sarif";
  readonly failOn: Severity;
  readonly fix: boolean;
  readonly asOf?: string;
}

/**
 * `idio policy <file>`: compile an intent, auto-fix what policy can fix
 * (unless --no-fix), and report what remains as text, JSON or SARIF 2.1.0.
 * Exit 1 when an open finding is at or above --fail-on, 2 for bad input.
 */
export const policyCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    program
      .command("policy")
      .description("check an intent's plan against the policy rules, fixing what can be fixed")
      .argument("<file>", "intent file (YAML or JSON)")
      .addOption(
        new Option("--format <format>", "output format")
          .choices(["text", "json", "sarif"])
          .default("text"),
      )
      .addOption(
        new Option("--fail-on <severity>", "exit 1 when an open finding is at least this severe")
          .choices(["critical", "high", "medium", "low"])
          .default("high"),
      )
      .option("--no-fix", "report findings without fixing the plan")
      .addOption(policyBundleOption())
      .addOption(policyTimeoutOption())
      .addOption(allowBundleFixesOption())
      .option("--as-of <date>", "judge waiver expiry on this date (YYYY-MM-DD) instead of today")
      .action(async (file: string, options: PolicyOptions) => {
        const badDate = options.asOf === undefined ? undefined : checkDate("--as-of", options.asOf);
        if (badDate) return done(reportArgumentProblems([badDate], io, options.format));
        const bundles = await loadBundles(options, io);
        if (bundles === undefined) return done(ExitCode.InvalidInput);
        const loaded = await loadIntentFile(file, io.cwd);
        const result = planParsed(loaded, file, {
          fix: options.fix,
          today: options.asOf ?? new Date().toISOString().slice(0, 10),
          policyBundles: bundles,
          policyTimeoutMs: policyTimeoutMs(options),
          allowBundleFixes: options.allowBundleFixes === true,
        });
        const format = options.format === "sarif" ? "json" : options.format;
        reportDiagnostics(result.diagnostics, file, loaded.source?.text, format, io);
        if (result.plan === undefined) return done(exitFor(result.diagnostics));

        const report: PolicyReport = {
          findings: result.plan.findings ?? [],
          waived: result.plan.waived ?? [],
          coverage: result.plan.coverage ?? [],
          diagnostics: policyDiagnostics(result.diagnostics),
          rulesEvaluated: [],
        };
        const fixes = result.plan.fixes ?? [];
        if (options.format === "sarif") {
          const rules = [
            ...builtinRules(),
            ...bundles.flatMap((bundle) => [...bundle.rules.values()]),
          ];
          io.stdout(
            `${JSON.stringify(toSarif(report, { intentFile: file, toolVersion: IDIO_VERSION, rules }), null, 2)}\n`,
          );
        } else if (options.format === "json") {
          const { findings, waived, coverage, diagnostics } = report;
          const failing = findings.filter((finding) => atLeast(finding.severity, options.failOn));
          io.stdout(
            `${JSON.stringify({ file, failOn: options.failOn, passed: failing.length === 0, findings, fixes, waived, coverage, diagnostics }, null, 2)}\n`,
          );
        } else {
          // Diagnostics went to stderr above, with code frames; the report lists findings only.
          const findingsOnly = { ...report, diagnostics: [] };
          io.stdout(
            formatReportText(findingsOnly, { intentFile: file, color: useColor(io), fixes }),
          );
        }
        done(policyGate(report.findings, options.failOn, file, io));
      });
  },
};

/** The policy step's own diagnostics (waivers, bundles, fixes). */
function policyDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => phaseOf(diagnostic.code) === "policy");
}
