import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import {
  costReport,
  diffCost,
  parsePriceBook,
  renderCostDiffText,
  renderCostText,
  type CostReport,
  type PriceBook,
} from "@idio/catalog";
import { REGION_NAMES, hasErrors, renderDiagnostics, type Diagnostic } from "@idio/intent-schema";
import { useColor, type CliIo } from "../cli-io.js";
import { budgetGate } from "../budget-gate.js";
import type { CliCommand } from "../command.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import { loadIntentFile } from "../../load-intent-file.js";
import { planParsed } from "../../plan.js";
import { sortKeys } from "../../plan-json.js";

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
 * would save money. `--fail-on-budget` exits 1 when the estimate is over budget.
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
      .option("--fail-on-budget", "exit 1 when the estimate is over the intent's budget")
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
  if (options.region !== undefined && !REGION_NAMES.includes(options.region)) {
    io.stderr(
      `idio cost: unknown region ${JSON.stringify(options.region)}; expected one of ${REGION_NAMES.join(", ")}\n`,
    );
    return ExitCode.InvalidInput;
  }
  const overrides: Record<string, number> = {};
  for (const setting of options.assume) {
    const [key, raw] = [
      setting.slice(0, setting.indexOf("=")),
      setting.slice(setting.indexOf("=") + 1),
    ];
    const value = Number(raw);
    if (
      !setting.includes("=") ||
      key === "" ||
      raw.trim() === "" ||
      !Number.isFinite(value) ||
      value < 0
    ) {
      io.stderr(
        `idio cost: --assume takes key=value with a number >= 0, got ${JSON.stringify(setting)}\n`,
      );
      return ExitCode.InvalidInput;
    }
    overrides[key] = value;
  }
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
      ? `${JSON.stringify(sortKeys(diff ? { ...cost, diff } : cost), null, 2)}\n`
      : renderCostText(cost, { name: estimated.name, color: useColor(io) }) +
          (diff ? `\n${renderCostDiffText(diff, { baseline: options.compareTo ?? "" })}` : ""),
  );
  return budgetGate(cost, options.failOnBudget);
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
      ...diagnostics.filter((d) => !d.code.startsWith("IDIO6")),
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
  if (text !== undefined && text.trimStart().startsWith("{")) {
    try {
      const value = JSON.parse(text) as Partial<CostReport>;
      if (Array.isArray(value.lineItems) && value.currency === "USD")
        return { cost: value as CostReport, code: ExitCode.Ok };
    } catch {
      // not JSON after all: an intent written in YAML flow style
    }
  }
  return estimateFile(file, options, priceBook, overrides, io);
}

async function loadPriceBook(path: string, io: CliIo): Promise<PriceBook | undefined> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    io.stderr(
      `idio cost: cannot read price book ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})\n`,
    );
    return undefined;
  }
  const { book, problems } = parsePriceBook(text);
  if (!book)
    io.stderr(
      `idio cost: ${path} is not a price book:\n${problems.map((p) => `  - ${p}\n`).join("")}`,
    );
  return book;
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
