import { resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import { CostCode, EMBEDDED_PRICE_BOOK, type PriceBook } from "@idio-iac/catalog";
import { REGION_NAMES, escapeForTerminal as t } from "@idio-iac/intent-schema";
import { checkChoice, reportArgumentProblems } from "../check-arguments.js";
import type { CliIo } from "../cli-io.js";
import type { CliCommand } from "../command.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import {
  PRICING_CLIENT_DEFAULTS,
  RefreshError,
  type PricingClient,
  type PricingClientOptions,
} from "../../prices-refresh/index.js";
import { createPricingClient, refreshPriceBook } from "../../public-api.js";
import { writeFileAtomically } from "../write-file-atomically.js";

/** Creates the Price List client (its endpoint lives in us-east-1); tests point it at a loopback server. */
export type PricingClientFactory = (options: PricingClientOptions) => Promise<PricingClient>;

function wholeNumber(max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < 1 || number > max)
      throw new InvalidArgumentError(`expected a whole number from 1 to ${max}, got "${value}".`);
    return number;
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function summary(book: PriceBook): string {
  return `retrieved ${book.retrieved}, ${book.prices.length} prices, regions ${book.regions.join(", ")}`;
}

/**
 * `idio prices refresh [--regions a,b] [--out FILE]` rebuilds the price book
 * from the AWS Price List API (needs AWS credentials; without them the
 * embedded book stays in use); `idio prices show` lists the book's prices.
 */
export function pricesCommandWith(
  createClient: PricingClientFactory,
  clock: () => string = today,
): CliCommand {
  return {
    register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
      const prices = program
        .command("prices")
        .description("show or refresh the AWS price book cost estimates use");

      prices
        .command("show")
        .description("list the embedded price book's prices")
        .option("--region <region>", "only this region")
        .option("--product <product>", "only products whose name contains this text")
        .addOption(
          new Option("--format <format>", "output format")
            .choices(["text", "json"])
            .default("text"),
        )
        .action((options: { region?: string; product?: string; format: "text" | "json" }) => {
          // Only a region IDIO accepts can match: an unknown one would list nothing, silently.
          const badRegion =
            options.region === undefined
              ? undefined
              : checkChoice(
                  "--region",
                  options.region,
                  [...REGION_NAMES, "global"],
                  "region IDIO accepts",
                );
          if (badRegion) return done(reportArgumentProblems([badRegion], io, options.format));
          const rows = EMBEDDED_PRICE_BOOK.prices.filter(
            (price) =>
              (options.region === undefined || price.region === options.region) &&
              (options.product === undefined || price.product.includes(options.product)),
          );
          if (options.format === "json") io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
          else {
            io.stdout(`Embedded price book: ${summary(EMBEDDED_PRICE_BOOK)}\n`);
            for (const price of rows) {
              const attributes = Object.entries(price.attributes)
                .map(([key, value]) => `${t(key)}=${t(value)}`)
                .join(", ");
              const source =
                price.source.kind === "price-list-api"
                  ? `${price.source.serviceCode} sku ${price.source.sku}`
                  : price.source.url;
              io.stdout(
                `${t(price.region).padEnd(10)} ${t(price.product)}${attributes ? ` {${attributes}}` : ""}: $${price.usd} per ${t(price.unit)} (${t(source)}, ${t(price.source.retrieved)})\n`,
              );
            }
            // What the book knows it lacks, so a short list is not mistaken for a complete one.
            for (const mark of EMBEDDED_PRICE_BOOK.unpriced ?? []) {
              if (options.region !== undefined && mark.region !== options.region) continue;
              const products = (mark.products ?? []).filter(
                (product) => options.product === undefined || product.includes(options.product),
              );
              if (mark.products && products.length === 0) continue;
              io.stdout(
                `${t(mark.region).padEnd(10)} not priced: ${mark.products ? products.map(t).join(", ") : "every product"} (${t(mark.reason)})\n`,
              );
            }
          }
          done(ExitCode.Ok);
        });

      prices
        .command("refresh")
        .description("rebuild the price book from the AWS Price List API (needs AWS credentials)")
        .option(
          "--regions <regions>",
          "comma-separated regions",
          EMBEDDED_PRICE_BOOK.regions.join(","),
        )
        .option("--out <file>", "where to write the price book", "prices.json")
        .option(
          "--request-timeout <ms>",
          "milliseconds one Price List request may take before it is retried",
          wholeNumber(600_000),
          PRICING_CLIENT_DEFAULTS.requestTimeoutMs,
        )
        .option(
          "--max-attempts <n>",
          "attempts per request (throttling, 5xx and timeouts are retried with backoff)",
          wholeNumber(20),
          PRICING_CLIENT_DEFAULTS.maxAttempts,
        )
        .action(
          async (options: {
            regions: string;
            out: string;
            requestTimeout: number;
            maxAttempts: number;
          }) => {
            const regions = [
              ...new Set(
                options.regions
                  .split(",")
                  .map((region) => region.trim())
                  .filter(Boolean),
              ),
            ];
            const unknown = regions.filter((region) => !REGION_NAMES.includes(region));
            if (regions.length === 0 || unknown.length > 0) {
              io.stderr(
                `idio prices refresh: unknown region${unknown.length === 1 ? "" : "s"} ${unknown.map(t).join(", ") || "(none given)"}; expected some of ${REGION_NAMES.join(", ")}\n`,
              );
              return done(ExitCode.InvalidInput);
            }
            let book: PriceBook;
            try {
              const client = await createClient({
                requestTimeoutMs: options.requestTimeout,
                maxAttempts: options.maxAttempts,
              });
              const result = await refreshPriceBook({
                client,
                regions,
                base: EMBEDDED_PRICE_BOOK,
                today: clock(),
                ...(io.isTTY
                  ? {
                      onProgress: (n: number, total: number, label: string) =>
                        io.stderr(`\r[${n}/${total}] ${t(label)}\u001b[K`),
                    }
                  : {}),
              });
              if (io.isTTY) io.stderr("\n");
              book = result.book;
              io.stderr(
                `Fetched ${result.fetched} prices from the Price List API.${result.empty.length > 0 ? ` No answer for ${result.empty.length} product/region pairs; their embedded prices are kept.` : ""}\n`,
              );
            } catch (error) {
              if (io.isTTY) io.stderr("\n");
              if (error instanceof RefreshError) {
                io.stderr(
                  `idio prices refresh: ${error.code} ${t(error.message)}\n  hint: ${t(error.hint)}\nNothing was written; ${t(options.out)} is unchanged.\n`,
                );
                return done(ExitCode.InvalidInput);
              }
              // The SDK's message may quote the network's answer: escaped like user text.
              const name = t(error instanceof Error ? error.name : "Error");
              const message = t(error instanceof Error ? error.message : String(error));
              const credentials =
                name === "CredentialsProviderError" || /credential/i.test(message);
              io.stderr(
                credentials
                  ? `idio prices refresh: no AWS credentials (${message}).\nThe embedded price book stays in use (${summary(EMBEDDED_PRICE_BOOK)}). Set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY with pricing:GetProducts permission to refresh.\n`
                  : `idio prices refresh: the Price List API failed (${name}: ${message}); nothing was written.\n`,
              );
              return done(ExitCode.InvalidInput);
            }
            // Whole or not at all: a temporary file beside the target, renamed over it.
            try {
              await writeFileAtomically(
                resolve(io.cwd, options.out),
                `${JSON.stringify(book, null, 2)}\n`,
              );
            } catch (error) {
              io.stderr(
                `idio prices refresh: ${CostCode.PriceBookNotWritten} cannot write ${t(options.out)} (${t((error as NodeJS.ErrnoException).code ?? String(error))}); the previous file is unchanged.\n  hint: choose a writable path with --out.\n`,
              );
              return done(ExitCode.InvalidInput);
            }
            io.stderr(
              `Wrote ${t(options.out)} (${summary(book)}). Use it with: idio cost <file> --price-book ${t(options.out)}\n`,
            );
            done(ExitCode.Ok);
          },
        );
    },
  };
}

export const pricesCommand: CliCommand = pricesCommandWith(createPricingClient);
