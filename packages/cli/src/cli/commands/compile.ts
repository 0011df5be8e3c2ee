import { Option, type Command } from "commander";
import { useColor, type CliIo } from "../cli-io.js";
import type { CliCommand } from "../command.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import type { Severity } from "@idio-iac/policy";
import { escapeForTerminal as t } from "@idio-iac/intent-schema";
import { budgetGate } from "../budget-gate.js";
import { policyGate } from "../policy-gate.js";
import { planFile, exitFor, reportDiagnostics } from "./plan.js";
import {
  allowBundleFixesOption,
  loadBundles,
  policyBundleOption,
  policyTimeoutMs,
  policyTimeoutOption,
  type PolicyBundleOptions,
} from "../policy-bundle-options.js";
import type { Plan } from "idio-iac";
import { COMPILE_TARGETS, compileOutput, type CompileTarget } from "../../output/compile-output.js";
import { planSections } from "../../output/plan-sections.js";
import { refuseOutput, writeCompileOutput } from "../write-compile-output.js";

interface CompileOptions extends PolicyBundleOptions {
  readonly out?: string;
  readonly target: string;
  readonly format: "text" | "json";
  readonly fix: boolean;
  readonly failOn?: Severity;
  readonly failOnBudget?: boolean;
  readonly force?: boolean;
}

/**
 * `idio compile <file> [--out DIR] [--target terraform,cloudformation]`:
 * plans the intent and writes DIR (default `out/<intent name>`) with
 * plan.json, plan.md, runbook.md, diagram.mmd and the code for each target, atomically.
 */
export const compileCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    program
      .command("compile")
      .description(
        "Compile an intent into Terraform, CloudFormation, a diagram and a reviewable plan",
      )
      .argument("<file>", "intent file (YAML or JSON)")
      .option("--out <dir>", "output directory (default: out/<intent name>)")
      .option(
        "--target <targets>",
        `comma-separated targets: ${COMPILE_TARGETS.join(", ")}`,
        COMPILE_TARGETS.join(","),
      )
      .addOption(
        new Option("--format <format>", "summary format").choices(["text", "json"]).default("text"),
      )
      .option("--no-fix", "report policy findings without fixing the plan")
      .addOption(
        new Option(
          "--fail-on <severity>",
          "exit 1 (after writing) when an open policy finding is at least this severe",
        ).choices(["critical", "high", "medium", "low"]),
      )
      .option(
        "--fail-on-budget",
        "exit 1 (after writing) when the estimate is over budget, or cannot be checked (unpriced parts)",
      )
      .option("--force", "overwrite generated files that were edited since IDIO wrote them")
      .addOption(policyBundleOption())
      .addOption(policyTimeoutOption())
      .addOption(allowBundleFixesOption())
      .action(async (file: string, options: CompileOptions) => {
        done(await runCompile(file, options, io, io.argv ?? []));
      });
  },
};

async function runCompile(
  file: string,
  options: CompileOptions,
  io: CliIo,
  argv: readonly string[],
): Promise<ExitCodeValue> {
  const targets = parseTargets(options.target);
  if (typeof targets === "string") {
    io.stderr(`idio compile: ${t(targets)}\n`);
    return ExitCode.InvalidInput;
  }
  // An explicit --out is checked before any work (the default one, once the intent's name is known).
  if (options.out !== undefined) {
    const refused = await refuseOutput(
      { out: options.out, intentFile: file, argv, format: options.format },
      io,
    );
    if (refused !== undefined) return refused;
  }
  const progress = (phase: string) => {
    if (io.isTTY)
      io.stderr(`${useColor(io) ? "\u001b[2m" : ""}… ${phase}${useColor(io) ? "\u001b[0m" : ""}\n`);
  };
  const policyBundles = await loadBundles(options, io);
  if (policyBundles === undefined) return ExitCode.InvalidInput;
  // The file and --out are the user's: escaped like any user text on a terminal.
  progress(`planning ${t(file)}`);
  const { result, text } = await planFile(file, io, {
    fix: options.fix,
    policyBundles,
    policyTimeoutMs: policyTimeoutMs(options),
    allowBundleFixes: options.allowBundleFixes === true,
  });
  reportDiagnostics(result.diagnostics, file, text, options.format, io);
  if (result.plan === undefined) return exitFor(result.diagnostics);
  const plan = result.plan;

  const out = options.out ?? `out/${plan.intent.name}`;
  const files = compileOutput(plan, {
    targets,
    tiers: result.tiers ?? [],
    sections: planSections(plan),
    onPhase: progress,
  });
  progress(`writing ${t(out)}`);
  const force = options.force ?? false;
  const target = { out, intentFile: file, argv, force, format: options.format };
  const failed = await writeCompileOutput(files, target, io);
  if (failed !== undefined) return failed;
  if (options.format === "json") {
    io.stdout(`${JSON.stringify({ out, files: files.map((f) => f.path) }, null, 2)}\n`);
  } else {
    const count = (prefix: string) => files.filter((f) => f.path.startsWith(prefix)).length;
    const parts = [
      "plan.json",
      "plan.md",
      "runbook.md",
      "diagram.mmd",
      ...targets.map((target) => `${target}/ (${count(`${target}/`)} files)`),
    ];
    io.stdout(`Wrote ${t(out)}: ${parts.join(", ")}\n`);
  }
  return gateResult(plan, file, options, io);
}

/** Output is written either way; the gates only decide the exit code (like terraform plan -detailed-exitcode). */
function gateResult(plan: Plan, file: string, options: CompileOptions, io: CliIo): ExitCodeValue {
  // Both gates report, so one run shows everything that must change.
  const policy = policyGate(plan.findings, options.failOn, file, io);
  const budget = budgetGate(plan.cost, options.failOnBudget, io);
  return policy !== ExitCode.Ok ? policy : budget;
}

function parseTargets(list: string): CompileTarget[] | string {
  const targets = [
    ...new Set(
      list
        .split(",")
        .map((t) => t.trim())
        .filter((t) => t !== ""),
    ),
  ];
  const unknown = targets.filter((t) => !(COMPILE_TARGETS as readonly string[]).includes(t));
  if (unknown.length > 0 || targets.length === 0)
    return `unknown target ${unknown.join(", ") || "(none)"}; choose from ${COMPILE_TARGETS.join(", ")}`;
  return COMPILE_TARGETS.filter((t) => targets.includes(t));
}
