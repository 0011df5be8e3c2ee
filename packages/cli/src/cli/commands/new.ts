import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option, type Command } from "commander";
import { diagnostic } from "@idio-iac/core";
import {
  escapeForTerminal as t,
  hasErrors,
  parseIntent,
  renderDiagnostics,
  type Diagnostic,
  type DiagnosticCodeInfo,
} from "@idio-iac/intent-schema";
import { NewCodes } from "../../new/new-codes.js";
import { newIntent } from "../../new/new-intent.js";
import { sentenceLocator } from "../../new/sentence-location.js";
import { describeProvenance, writeJson, writeYaml } from "../../new/writer.js";
import { useColor, type CliIo } from "../cli-io.js";
import { COMMAND_LINE, locateOptionValue } from "../command-line-source.js";
import type { CliCommand } from "../command.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";

interface NewOptions {
  readonly output?: string;
  readonly format: "yaml" | "json";
  readonly force?: boolean;
}

const KINDS =
  "a web app, an API, an e-commerce platform, a data pipeline, microservices, an ML platform or a static website (or a stack such as Django or Rails)";

/**
 * `idio new "<sentence>" [-o FILE] [--format yaml|json] [--force]`: plain
 * words to an intent, deterministically (the lexicon in src/new), with no
 * network and no model. Every field the words set says which words set it;
 * words that set nothing are reported.
 */
export const newCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    program
      .command("new")
      .description("write an intent from a sentence in plain words")
      .argument("<sentence...>", 'what the application needs, e.g. "a Django app for $200/month"')
      .option("-o, --output <file>", "write the intent to this file instead of stdout")
      .addOption(
        new Option("--format <format>", "intent format").choices(["yaml", "json"]).default("yaml"),
      )
      .option("--force", "overwrite the output file if it exists")
      .action(async (parts: string[], options: NewOptions) => {
        done(await runNew(parts.join(" "), options, io));
      });
  },
};

async function runNew(sentence: string, options: NewOptions, io: CliIo): Promise<ExitCodeValue> {
  const argv = io.argv ?? ["new", sentence];
  const locator = sentenceLocator(argv);
  const sources = new Map([[COMMAND_LINE, locator.source.text]]);
  const report = (diagnostics: readonly Diagnostic[], extra?: Map<string, string>) =>
    io.stderr(
      renderDiagnostics([...diagnostics], {
        format: "text",
        sources: new Map([...sources, ...(extra ?? [])]),
        color: useColor(io),
      }),
    );
  const onSentence = (
    info: DiagnosticCodeInfo,
    start: number,
    end: number,
    message: string,
    hint?: string,
  ) =>
    diagnostic(info.code, {
      message,
      file: COMMAND_LINE,
      line: 1,
      column: locator.column(start),
      endLine: 1,
      endColumn: locator.column(Math.max(start, end - 1)) + 1,
      ...(hint === undefined ? {} : { hint }),
    });

  const intent = await newIntent(sentence);
  if (intent === undefined) {
    report([
      onSentence(
        NewCodes.NoApplication,
        0,
        sentence.length,
        "The sentence does not say what kind of application this is.",
        `Name one: ${KINDS}. \`idio templates list\` shows them.`,
      ),
    ]);
    return ExitCode.InvalidInput;
  }

  const fileName = options.output ?? `intent.${options.format}`;
  const text = options.format === "json" ? writeJson(intent) : writeYaml(intent, sentence);
  const parsed = parseIntent(text, fileName);
  if (hasErrors(parsed.diagnostics)) {
    report(
      [
        onSentence(
          NewCodes.InvalidIntent,
          0,
          sentence.length,
          "The intent these words give does not validate; nothing was written.",
          "The problems below are in the intent that would have been written; change the words that set those fields.",
        ),
        ...parsed.diagnostics,
      ],
      new Map([[fileName, text]]),
    );
    return ExitCode.InvalidInput;
  }

  io.stderr(
    `idio new: started from template ${intent.template.id} for ${intent.because.map((fact) => t(JSON.stringify(fact.words))).join(" and ")}; the words set:\n` +
      describeProvenance(intent)
        .map((line) => `  ${t(line)}\n`)
        .join(""),
  );
  const warnings = [
    ...intent.unused.map((words) =>
      onSentence(
        NewCodes.WordsNotUsed,
        words.start,
        words.end,
        `${JSON.stringify(words.words)} set nothing${words.reason === undefined ? "" : `: it ${words.reason}`}.`,
        "Say it another way, or set the field in the written intent.",
      ),
    ),
    ...intent.notApplied.map((words) =>
      onSentence(
        NewCodes.WordsNotApplied,
        words.start,
        words.end,
        `${JSON.stringify(words.words)} was understood but not applied: it ${words.reason ?? "has no place here"}.`,
      ),
    ),
  ].sort((a, b) => a.column - b.column);
  if (warnings.length > 0) report(warnings);

  if (options.output === undefined) {
    io.stdout(text);
    return ExitCode.Ok;
  }
  try {
    await writeFile(resolve(io.cwd, options.output), text, { flag: options.force ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const at = locateOptionValue(argv, locator.source, "-o") ??
      locateOptionValue(argv, locator.source, "--output") ?? { column: 1, width: 1 };
    const exists = code === "EEXIST";
    report([
      diagnostic(exists ? NewCodes.FileExists.code : NewCodes.NotWritten.code, {
        message: exists
          ? `${options.output} exists; it was not overwritten.`
          : `${options.output} could not be written (${code ?? "error"}).`,
        file: COMMAND_LINE,
        line: 1,
        column: at.column,
        endLine: 1,
        endColumn: at.column + at.width,
        hint: exists
          ? "Pass --force to overwrite it, or choose another file."
          : "Check that the directory exists and can be written.",
      }),
    ]);
    return ExitCode.InvalidInput;
  }
  io.stderr(`Wrote ${t(options.output)}. Next: idio plan ${t(options.output)}\n`);
  return ExitCode.Ok;
}
