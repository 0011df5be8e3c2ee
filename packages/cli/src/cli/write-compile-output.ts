import { resolve } from "node:path";
import { diagnostic } from "@idio-iac/core";
import { renderDiagnostics } from "@idio-iac/intent-schema";
import type { EmittedFile } from "@idio-iac/emitters";
import { useColor, type CliIo } from "./cli-io.js";
import { COMMAND_LINE, commandLineSource, locateOptionValue } from "./command-line-source.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";
import { checkOutputDirectory } from "../output/check-output-directory.js";
import { OutputCodes, type OutputProblem } from "../output/output-codes.js";
import { reraise, type SignalGuard } from "../output/signal-guard.js";
import { writeOwnedTree, type WriteOptions } from "../output/write-owned-tree.js";

export interface CompileOutputTarget {
  /** The output directory as given (or the default), relative to the CLI's cwd. */
  readonly out: string;
  readonly intentFile: string;
  readonly argv: readonly string[];
  readonly force: boolean;
  /** Diagnostics as text (with a frame under the command line) or JSON, like every other report. */
  readonly format?: "text" | "json";
}

/**
 * The edge of `idio compile` that touches the output directory: refuses an
 * `--out` IDIO must not write into, writes only what it owns, reports
 * edited and kept files. Returns undefined when written, else the exit code.
 */
export async function writeCompileOutput(
  files: readonly EmittedFile[],
  target: CompileOutputTarget,
  io: CliIo,
): Promise<ExitCodeValue | undefined> {
  const report = (problem: OutputProblem) => reportProblem(problem, target, io);
  const refused = await refuseOutput(target, io);
  if (refused !== undefined) return refused;
  // Shown in messages as typed, without a trailing slash (so `o/` gives `o/plan.md`).
  const shown = target.out.replace(/(.)\/+$/, "$1");
  const options: WriteOptions = { force: target.force, shown, hooks: testHooks(io) };
  const result = await writeOwnedTree(resolve(io.cwd, target.out), files, options);
  if (result.kind === "refused") return report(result.problem);
  if (result.kind === "interrupted") {
    report(interruptedProblem(shown, result.signal));
    reraise(result.signal);
    return ExitCode.InvalidInput;
  }
  if (result.overwritten.length > 0)
    report({
      info: OutputCodes.OverwroteEdited,
      message: `--force: overwrote edited files ${list(shown, result.overwritten)}.`,
      hint: "Your edits are gone from the output; keep changes in the intent instead.",
    });
  if (result.keptEdited.length > 0)
    report({
      info: OutputCodes.KeptEdited,
      message: `IDIO no longer generates ${list(shown, result.keptEdited)}; they were edited, so they were kept (and are yours now).`,
      hint: "Delete them if you no longer need them.",
    });
  if (result.signal !== undefined) reraise(result.signal);
  return undefined;
}

/** Exit code 2 (and a located diagnostic) when `--out` is a place IDIO must never write into. */
export async function refuseOutput(
  target: Omit<CompileOutputTarget, "force">,
  io: CliIo,
): Promise<ExitCodeValue | undefined> {
  const context = { cwd: io.cwd, intentFile: target.intentFile };
  const refused = await checkOutputDirectory(target.out, context);
  return refused === undefined ? undefined : reportProblem(refused, target, io);
}

function reportProblem(
  problem: OutputProblem,
  target: Omit<CompileOutputTarget, "force">,
  io: CliIo,
): ExitCodeValue {
  const source = commandLineSource(target.argv);
  const at = locateOptionValue(target.argv, source, "--out") ?? { column: 1, width: 4 };
  const reported = diagnostic(problem.info.code, {
    message: problem.message,
    file: COMMAND_LINE,
    line: 1,
    column: at.column,
    endLine: 1,
    endColumn: at.column + at.width,
    hint: problem.hint,
  });
  const sources = new Map([[COMMAND_LINE, source.text]]);
  const json = target.format === "json";
  const text = { format: "text" as const, sources, color: useColor(io) };
  io.stderr(renderDiagnostics([reported], json ? { format: "json" } : text));
  return ExitCode.InvalidInput;
}

function interruptedProblem(out: string, signal: string): OutputProblem {
  return {
    info: OutputCodes.Interrupted,
    message: `Stopped by ${signal} before anything in ${out} was changed; the previous output is as it was.`,
    hint: "Run the command again.",
  };
}

const list = (out: string, paths: readonly string[]) => paths.map((p) => `${out}/${p}`).join(", ");

/**
 * Test-only: IDIO_TEST_PAUSE_AT=staging|commit makes the writer stop at that
 * point, say so on stderr and wait (up to 30 s) for SIGINT/SIGTERM, so the
 * interruption tests can signal a real process at a known moment.
 */
function testHooks(io: CliIo): WriteOptions["hooks"] {
  const at = io.env.IDIO_TEST_PAUSE_AT;
  if (at !== "staging" && at !== "commit") return undefined;
  return {
    pause: async (point: "staging" | "commit", signals: SignalGuard) => {
      if (point !== at) return;
      io.stderr(`idio-test: paused in ${point}\n`);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([signals.next, new Promise((done) => (timer = setTimeout(done, 30_000)))]);
      clearTimeout(timer);
    },
  };
}
