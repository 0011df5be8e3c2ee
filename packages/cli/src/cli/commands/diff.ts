import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { atLeast, type Severity } from "@idio-iac/policy";
import type { Plan, PlanOptions } from "idio-iac";
import { diffPlans } from "../../diff/diff-plans.js";
import { savedPlanFromText } from "../../diff/plan-from-text.js";
import { renderDiffJson } from "../../diff/render-diff-json.js";
import { renderDiffMarkdown } from "../../diff/render-diff-markdown.js";
import { renderDiffText } from "../../diff/render-diff-text.js";
import { checkDate, reportArgumentProblems } from "../check-arguments.js";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import { exitFor, planFile, reportDiagnostics } from "./plan.js";

interface DiffCommandOptions {
  readonly format: "text" | "json" | "markdown";
  readonly failOn?: Severity;
  readonly asOf?: string;
  readonly fix: boolean;
}

/** A saved plan is read whole; this bounds a mistaken path (a disk image) without limiting real plans. */
const MAX_SAVED_PLAN_BYTES = 64 * 1024 * 1024;

/** One side: a saved plan.json as saved, else an intent planned now. Problems are reported here. */
async function loadSide(
  file: string,
  io: CliIo,
  options: PlanOptions,
  format: DiffCommandOptions["format"],
): Promise<Plan | ExitCodeValue> {
  if (file.endsWith(".json")) {
    const text = await readFile(resolve(io.cwd, file), "utf8").catch(() => undefined);
    if (text !== undefined && text.length <= MAX_SAVED_PLAN_BYTES) {
      const saved = savedPlanFromText(text, file);
      if (saved !== undefined) {
        reportDiagnostics(saved.diagnostics, file, text, format === "json" ? "json" : "text", io);
        return saved.plan ?? exitFor(saved.diagnostics);
      }
    }
  }
  // An intent (or a path that cannot be read: the intent loader says why, with a code).
  const { result, text } = await planFile(file, io, options);
  reportDiagnostics(result.diagnostics, file, text, format === "json" ? "json" : "text", io);
  return result.plan ?? exitFor(result.diagnostics);
}

/** `idio diff <base> <head>`: what changes between two intents or saved plans. */
export const diffCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    program
      .command("diff")
      .description(
        "Compare two intents or saved plans: resources added, removed and changed, cost, findings and waivers",
      )
      .argument("<base>", "the intent or saved plan.json before the change")
      .argument("<head>", "the intent or saved plan.json after the change")
      .addOption(
        new Option("--format <format>", "output format")
          .choices(["text", "json", "markdown"])
          .default("text"),
      )
      .addOption(
        new Option(
          "--fail-on <severity>",
          "exit 1 when a new policy finding is at least this severe",
        ).choices(["critical", "high", "medium", "low"]),
      )
      .option("--no-fix", "report policy findings without fixing the graph (intents only)")
      .option("--as-of <date>", "judge waiver expiry on this date (YYYY-MM-DD) instead of today")
      .action(async (baseFile: string, headFile: string, options: DiffCommandOptions) => {
        const badDate = options.asOf === undefined ? undefined : checkDate("--as-of", options.asOf);
        if (badDate) return done(reportArgumentProblems([badDate], io, options.format));
        // The CLI is the edge: today's date (for waiver expiry) is read here.
        const today = options.asOf ?? new Date().toISOString().slice(0, 10);
        const planOptions = { today, fix: options.fix };
        const base = await loadSide(baseFile, io, planOptions, options.format);
        const head = await loadSide(headFile, io, planOptions, options.format);
        if (typeof base === "number" || typeof head === "number") {
          const codes = [base, head].filter((side) => typeof side === "number");
          return done(Math.max(...codes) as ExitCodeValue);
        }
        const diff = diffPlans(base, head, {
          baseLabel: baseFile,
          headLabel: headFile,
          today,
        });
        if (options.format === "json") io.stdout(renderDiffJson(diff));
        else if (options.format === "text") io.stdout(renderDiffText(diff));
        else {
          // Only markdown needs the diagram, so only it loads the emitters.
          const { emitMermaid } = await import("@idio-iac/emitters");
          io.stdout(renderDiffMarkdown(diff, { diagram: emitMermaid(head.graph) }));
        }
        const failing =
          options.failOn === undefined
            ? []
            : diff.findings.new.filter((f) => atLeast(f.severity as Severity, options.failOn!));
        if (failing.length > 0) {
          io.stderr(
            `gate failed: ${failing.length} new ${failing.length === 1 ? "finding" : "findings"} at or above ${options.failOn}\n`,
          );
          return done(ExitCode.GateFailed);
        }
        done(ExitCode.Ok);
      });
  },
};
