import { Option } from "commander";
import {
  escapeForTerminal as t,
  hasErrors,
  renderDiagnostics,
  type Diagnostic,
  type Intent,
} from "@idio-iac/intent-schema";
import { stringify } from "yaml";
import { useColor } from "../cli-io.js";
import type { CliCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";
import { type LoadedIntent, loadIntentFile } from "idio-iac";

interface ValidateOptions {
  readonly format: "text" | "json";
  readonly resolved?: boolean;
}

/**
 * `idio validate <files...>`: every problem of every file, located, with a
 * code frame (text) or as a list (json); `--resolved` also prints each valid
 * intent with every default applied. Exit 0 when no file has an error, else 2.
 */
export const validateCommand: CliCommand = {
  register(program, io, done) {
    program
      .command("validate")
      .description("check intent files and report every problem at its line")
      .argument("<files...>", "intent files (YAML or JSON)")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .option("--resolved", "also print each valid intent with every default applied")
      .action(async (files: string[], options: ValidateOptions) => {
        const results: LoadedIntent[] = [];
        for (const file of files) results.push(await loadIntentFile(file, io.cwd));
        const diagnostics = results.flatMap((result) => result.diagnostics);
        if (options.format === "json") {
          io.stdout(
            options.resolved
              ? jsonWithIntents(results, diagnostics)
              : renderDiagnostics(diagnostics, { format: "json" }),
          );
        } else {
          writeText(results, diagnostics, options, io);
        }
        done(hasErrors(diagnostics) ? ExitCode.InvalidInput : ExitCode.Ok);
      });
  },
};

function writeText(
  results: readonly LoadedIntent[],
  diagnostics: readonly Diagnostic[],
  options: ValidateOptions,
  io: Parameters<CliCommand["register"]>[1],
): void {
  const color = useColor(io);
  const sources = new Map(
    results.flatMap((result) =>
      result.source === undefined ? [] : [[result.fileName, result.source.text] as const],
    ),
  );
  // With --resolved, stdout carries the intents; the report moves to stderr.
  const report = options.resolved ? io.stderr : io.stdout;
  report(renderDiagnostics(diagnostics, { format: "text", sources, color }));
  for (const result of results) {
    if (result.intent === undefined) continue;
    const warnings = result.diagnostics.length;
    const tiers = result.intent.tiers.length;
    report(
      `${t(result.fileName)}: valid (${tiers} tier${tiers === 1 ? "" : "s"}${warnings > 0 ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""})\n`,
    );
    if (options.resolved) {
      io.stdout(
        `${results.length > 1 ? `# ${t(result.fileName)}\n` : ""}${stringify(result.intent, { lineWidth: 0 })}`,
      );
      if (results.length > 1) io.stdout("---\n");
    }
  }
}

function jsonWithIntents(
  results: readonly LoadedIntent[],
  diagnostics: readonly Diagnostic[],
): string {
  const intents: { file: string; intent: Intent }[] = results.flatMap((result) =>
    result.intent === undefined ? [] : [{ file: result.fileName, intent: result.intent }],
  );
  return `${JSON.stringify({ diagnostics, intents }, null, 2)}\n`;
}
