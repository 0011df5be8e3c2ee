import { diagnostic, phaseOf, type DiagnosticCode } from "@idio-iac/core";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import {
  costReport,
  CostFileCode,
  diffCost,
  looksLikeCostReport,
  parseCostReport,
  parsePriceBook,
  renderCostDiffText,
  renderCostText,
  type CostReport,
  type PriceBook,
  usageOverrideRange,
} from "@idio-iac/catalog";
import { hasErrors, renderDiagnostics, type Diagnostic } from "@idio-iac/intent-schema";
import { useColor, type CliIo } from "../cli-io.js";
import { budgetGate } from "../budget-gate.js";
import {
  checkRegion,
  type ArgumentDiagnostic,
  parseNumberArgument,
  reportArgumentProblems,
  splitSetting,
} from "../check-arguments.js";
import type { CliCommand } from "../command.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import { loadIntentFile, planParsed, toStableJson } from "idio-iac";

interface CostOptions {
  readonly format: "text" | "json";
  readonly region?: string;
  readonly priceBook?: string;
  readonly failOnBudget?: boolean;
  readonly compareTo?: string;
  readonly assume: string[];
}

/**
 * `idio cost <file>`: the monthly estimate of an intent by tier, service and
 * resource, the usage assumptions behind it, the budget verdict and what
 * would save money. `--fail-on-budget` exits 1 when the estimate is over budget
 * or the verdict is unknown (some components unpriced).
 */
export const costCommand: CliCommand = {
  register(program, io, done) {
    program
      .command("cost")
      .description("estimate an intent's monthly AWS cost and check it against its budget")
      .argument("<file>", "intent file (YAML or JSON)")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .option("--region <region>", "price the intent as if deployed in this region")
      .option(
        "--price-book <file>",
        "price book from `idio prices refresh` instead of the embedded one",
      )
      .option(
        "--fail-on-budget",
        "exit 1 when the estimate is over the intent's budget, or cannot be checked (unpriced parts)",
      )
      .option(
        "--assume <key=value>",
        "set an assumption the estimate lists (e.g. tiers.api.requestsPerMonth=5000000); repeatable",
        (value: string, previous: string[]) => [...previous, value],
        [] as string[],
      )
      .option(
        "--compare-to <file>",
        "show the change from a baseline: another intent file, or a saved `idio cost --format json` report",
      )
      .action(async (file: string, options: CostOptions) => done(await runCost(file, options, io)));
  },
};

async function runCost(file: string, options: CostOptions, io: CliIo): Promise<ExitCodeValue> {
  const problems: ArgumentDiagnostic[] = [];
  if (options.region !== undefined) {
    const problem = checkRegion("--region", options.region);
    if (problem) problems.push(problem);
  }
  const overrides: Record<string, number> = {};
  for (const setting of options.assume) {
    const split = splitSetting("--assume", setting, "tiers.api.requestsPerMonth=5000000");
    if ("problem" in split) {
      problems.push(split.problem);
      continue;
    }
    const parsed = parseNumberArgument(
      "--assume",
      split.key,
      split.raw,
      usageOverrideRange(split.key),
      setting,
    );
    if ("problem" in parsed) problems.push(parsed.problem);
    else overrides[split.key] = parsed.value;
  }
  if (problems.length > 0) return reportArgumentProblems(problems, io, options.format);
  let priceBook: PriceBook | undefined;
  if (options.priceBook !== undefined) {
    const loaded = await loadPriceBook(options.priceBook, io);
    if (!loaded) return ExitCode.InvalidInput;
    priceBook = loaded;
  }

  const estimated = await estimateFile(file, options, priceBook, overrides, io);
  if (!estimated.cost) return estimated.code;
  const cost = estimated.cost;

  let baseline: CostReport | undefined;
  if (options.compareTo !== undefined) {
    const compared = await baselineReport(options.compareTo, options, priceBook, overrides, io);
    if (!compared.cost) return compared.code;
    baseline = compared.cost;
  }
  const diff = baseline ? diffCost(baseline, cost) : undefined;
  io.stdout(
    options.format === "json"
      ? toStableJson(diff ? { ...cost, diff } : cost)
      : renderCostText(cost, { name: estimated.name, color: useColor(io) }) +
          (diff ? `\n${renderCostDiffText(diff, { baseline: options.compareTo ?? "" })}` : ""),
  );
  return budgetGate(cost, options.failOnBudget, io);
}

/**
 * Plans and prices an intent file; diagnostics go to stderr. With explicit
 * assumptions the plan's cost step is redone with them (and its diagnostics replace the plan's).
 */
async function estimateFile(
  file: string,
  options: CostOptions,
  priceBook: PriceBook | undefined,
  overrides: Readonly<Record<string, number>>,
  io: CliIo,
): Promise<{ cost?: CostReport; name?: string; code: ExitCodeValue }> {
  const loaded = await loadIntentFile(file, io.cwd);
  const parsed =
    options.region !== undefined && loaded.intent !== undefined
      ? { ...loaded, intent: { ...loaded.intent, region: options.region } }
      : loaded;
  const result = planParsed(parsed, file, priceBook ? { priceBook } : {});
  let diagnostics = result.diagnostics;
  let cost = result.plan?.cost;
  if (result.plan && Object.keys(overrides).length > 0) {
    const repriced = costReport(result.plan.intent, result.plan.graph, {
      overrides,
      ...(result.source ? { source: result.source } : {}),
      ...(priceBook ? { priceBook } : {}),
    });
    diagnostics = [
      ...diagnostics.filter((d) => phaseOf(d.code) !== "cost"),
      ...repriced.diagnostics,
    ];
    cost = repriced.report;
  }
  report(diagnostics, file, loaded.source?.text, options.format, io);
  if (cost === undefined)
    return { code: hasErrors(diagnostics) ? ExitCode.InvalidInput : ExitCode.InternalError };
  return { cost, name: result.plan?.intent.name, code: ExitCode.Ok };
}

/** A saved cost report (JSON with lineItems) as it is, or any other file as an intent to estimate. */
async function baselineReport(
  file: string,
  options: CostOptions,
  priceBook: PriceBook | undefined,
  overrides: Readonly<Record<string, number>>,
  io: CliIo,
): Promise<{ cost?: CostReport; code: ExitCodeValue }> {
  let text: string | undefined;
  try {
    text = await readFile(resolve(io.cwd, file), "utf8");
  } catch {
    text = undefined; // loadIntentFile reports it with a located diagnostic
  }
  if (text !== undefined && looksLikeCostReport(text)) {
    const checked = await readCostFile(file, "--compare-to", io);
    if (checked === undefined) return { code: ExitCode.InvalidInput };
    const { report: saved, problems } = parseCostReport(checked);
    if (saved) return { cost: saved, code: ExitCode.Ok };
    io.stderr(
      renderDiagnostics(
        [
          costFileDiagnostic(
            CostFileCode.CostReportInvalid,
            file,
            `${file} is not a usable cost report: ${problems.join("; ")}.`,
            "Save the baseline again with `idio cost <intent> --format json > baseline.json`, or compare to the intent file itself.",
          ),
        ],
        { format: "text", color: useColor(io) },
      ),
    );
    return { code: ExitCode.InvalidInput };
  }
  return estimateFile(file, options, priceBook, overrides, io);
}

async function loadPriceBook(path: string, io: CliIo): Promise<PriceBook | undefined> {
  const text = await readCostFile(path, "--price-book", io);
  if (text === undefined) return undefined;
  const { book, problems } = parsePriceBook(text);
  if (!book)
    io.stderr(
      renderDiagnostics(
        [
          costFileDiagnostic(
            CostFileCode.PriceBookInvalid,
            path,
            `${path} is not a price book: ${problems.join("; ")}.`,
            "Pass a file written by `idio prices refresh --out`, or leave out --price-book to use the embedded prices.",
          ),
        ],
        { format: "text", color: useColor(io) },
      ),
    );
  return book;
}

/** Price books and saved reports are read whole; a bigger file is refused, not read. */
const MAX_COST_FILE_BYTES = 64 * 1024 * 1024;

async function readCostFile(path: string, option: string, io: CliIo): Promise<string | undefined> {
  const fail = (code: DiagnosticCode, message: string, hint: string) => {
    io.stderr(
      renderDiagnostics([costFileDiagnostic(code, path, message, hint)], {
        format: "text",
        color: useColor(io),
      }),
    );
    return undefined;
  };
  try {
    const info = await stat(resolve(io.cwd, path));
    if (!info.isFile())
      return fail(
        CostFileCode.CostFileTooLarge,
        `${option} ${path} is not a regular file.`,
        `Name the JSON file itself.`,
      );
    if (info.size > MAX_COST_FILE_BYTES)
      return fail(
        CostFileCode.CostFileTooLarge,
        `${option} ${path} is ${info.size} bytes; IDIO reads at most ${MAX_COST_FILE_BYTES}.`,
        "Pass the file IDIO wrote; it is far smaller.",
      );
    return await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    return fail(
      option === "--price-book" ? CostFileCode.PriceBookInvalid : CostFileCode.CostReportInvalid,
      `${option} ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}).`,
      "Check the path; it is relative to the working directory.",
    );
  }
}

function costFileDiagnostic(
  code: DiagnosticCode,
  path: string,
  message: string,
  hint: string,
): Diagnostic {
  return diagnostic(code, { message, file: path, hint });
}

function report(
  diagnostics: readonly Diagnostic[],
  file: string,
  text: string | undefined,
  format: "text" | "json",
  io: CliIo,
): void {
  if (diagnostics.length === 0) return;
  const sources = text === undefined ? undefined : new Map([[file, text]]);
  io.stderr(
    format === "json"
      ? renderDiagnostics(diagnostics, { format: "json" })
      : renderDiagnostics(diagnostics, { format: "text", sources, color: useColor(io) }),
  );
}
