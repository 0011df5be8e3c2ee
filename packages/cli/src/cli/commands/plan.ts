import { isInternal } from "@idio-iac/core";
import { Option, type Command } from "commander";
import { hasErrors, renderDiagnostics, type Diagnostic } from "@idio-iac/intent-schema";
import type { Severity } from "@idio-iac/policy";
import { budgetGate } from "../budget-gate.js";
import { policyGate } from "../policy-gate.js";
import type { CliCommand } from "../command.js";
import { useColor, type CliIo } from "../cli-io.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import {
  type PlanOptions,
  type PlanResult,
  loadIntentFile,
  planParsed,
  planToJson,
} from "idio-iac";
import { renderPlanSummary } from "../../plan-summary.js";

interface PlanCommandOptions {
  readonly format: "text" | "json";
  readonly fix: boolean;
  readonly failOn?: Severity;
  readonly failOnBudget?: boolean;
}

/** `idio plan <file> [--format text|json]`: compile an intent and print the plan. */
export const planCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    program
      .command("plan")
      .description(
        "Compile an intent into its resource graph and print the plan (tiers, services, sizes, order)",
      )
      .argument("<file>", "intent file (YAML or JSON)")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .option("--no-fix", "report policy findings without fixing the graph")
      .addOption(
        new Option(
          "--fail-on <severity>",
          "exit 1 when an open policy finding is at least this severe",
        ).choices(["critical", "high", "medium", "low"]),
      )
      .option(
        "--fail-on-budget",
        "exit 1 when the estimate is over the intent's budget, or cannot be checked (unpriced parts)",
      )
      .action(async (file: string, options: PlanCommandOptions) => {
        const { result, text } = await planFile(file, io, { fix: options.fix });
        reportDiagnostics(result.diagnostics, file, text, options.format, io);
        if (result.plan === undefined) return done(exitFor(result.diagnostics));
        io.stdout(
          options.format === "json"
            ? planToJson(result.plan)
            : renderPlanSummary(result.plan, result.tiers ?? []),
        );
        // Both gates report, so one run shows everything that must change.
        const policy = policyGate(result.plan.findings, options.failOn, file, io);
        const budget = budgetGate(result.plan.cost, options.failOnBudget, io);
        done(policy !== ExitCode.Ok ? policy : budget);
      });
  },
};

/** Reads `file` (relative to the CLI's cwd) and plans it; unreadable files become diagnostics. */
export async function planFile(
  file: string,
  io: CliIo,
  options: PlanOptions = {},
): Promise<{ result: PlanResult; text?: string }> {
  const loaded = await loadIntentFile(file, io.cwd);
  // The CLI is the edge: today's date (for waiver expiry) is read here, never in plan().
  const today = new Date().toISOString().slice(0, 10);
  const result = planParsed(loaded, file, { today, ...options });
  return { result, text: loaded.source?.text };
}

/** Diagnostics go to stderr (text with code frames) or, with --format json and no plan, to stdout. */
export function reportDiagnostics(
  diagnostics: readonly Diagnostic[],
  file: string,
  text: string | undefined,
  format: "text" | "json",
  io: CliIo,
): void {
  if (diagnostics.length === 0) return;
  if (format === "json") {
    io.stderr(renderDiagnostics(diagnostics, { format: "json" }));
    return;
  }
  const sources = text === undefined ? undefined : new Map([[file, text]]);
  io.stderr(renderDiagnostics(diagnostics, { format: "text", sources, color: useColor(io) }));
}

/** 2 for the user's input, 3 for IDIO's own bugs (internal codes in core's registry), 0 otherwise. */
export function exitFor(diagnostics: readonly Diagnostic[]): ExitCodeValue {
  if (diagnostics.some((d) => d.severity === "error" && isInternal(d.code)))
    return ExitCode.InternalError;
  return hasErrors(diagnostics) ? ExitCode.InvalidInput : ExitCode.Ok;
}
