import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Option } from "commander";
import { parsePriceBook, renderCostText, type CostReport, type PriceBook } from "@idio/catalog";
import { REGION_NAMES, hasErrors, renderDiagnostics, type Diagnostic } from "@idio/intent-schema";
import { useColor, type CliIo } from "../cli-io.js";
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
  let priceBook: PriceBook | undefined;
  if (options.priceBook !== undefined) {
    const loaded = await loadPriceBook(options.priceBook, io);
    if (!loaded) return ExitCode.InvalidInput;
    priceBook = loaded;
  }

  const loaded = await loadIntentFile(file, io.cwd);
  const parsed =
    options.region !== undefined && loaded.intent !== undefined
      ? { ...loaded, intent: { ...loaded.intent, region: options.region } }
      : loaded;
  const result = planParsed(parsed, file, priceBook ? { priceBook } : {});
  report(result.diagnostics, file, loaded.source?.text, options.format, io);
  if (result.plan?.cost === undefined)
    return hasErrors(result.diagnostics) ? ExitCode.InvalidInput : ExitCode.InternalError;

  const cost: CostReport = result.plan.cost;
  io.stdout(
    options.format === "json"
      ? `${JSON.stringify(sortKeys(cost), null, 2)}\n`
      : renderCostText(cost, { name: result.plan.intent.name, color: useColor(io) }),
  );
  return options.failOnBudget && cost.budget.status === "over-budget"
    ? ExitCode.GateFailed
    : ExitCode.Ok;
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
