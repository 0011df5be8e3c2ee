// The CLI package's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names; code inside
// the package calls the originals.
import {
  expectArray,
  expectBoolean,
  expectFunction,
  expectInteger,
  expectOptions,
  expectPlainObject,
  expectProperties,
  expectString,
  expectStringArray,
  guardExport,
} from "@idio-iac/graph";
import { runCli as runCliImpl } from "./cli/run-cli.js";
import * as priceListItem from "./prices-refresh/price-list-item.js";
import { createPricingClient as createPricingClientImpl } from "./prices-refresh/pricing-client.js";
import { refreshPriceBook as refreshPriceBookImpl } from "./prices-refresh/refresh-price-book.js";

const expectPriceBook = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    regions: expectStringArray,
    prices: (name, prices) => expectArray(name, prices, expectPlainObject),
  });

export const runCli = guardExport("runCli", ["argv", "io"], runCliImpl, (argv, io) => {
  expectStringArray("argv", argv);
  expectProperties("io", io, {
    stdout: expectFunction,
    stderr: expectFunction,
    cwd: expectString,
    env: expectPlainObject,
    isTTY: expectBoolean,
  });
});
export const refreshPriceBook = guardExport(
  "refreshPriceBook",
  ["options"],
  refreshPriceBookImpl,
  (options) => {
    expectProperties("options", options, {
      client: expectPlainObject,
      regions: expectStringArray,
      base: expectPriceBook,
      today: expectString,
    });
    if (options.maxPages !== undefined) expectInteger("options.maxPages", options.maxPages, 1);
    if (options.onProgress !== undefined) expectFunction("options.onProgress", options.onProgress);
  },
);
export const createPricingClient = guardExport(
  "createPricingClient",
  ["options"],
  createPricingClientImpl,
  (options) => expectOptions("options", options),
);
export const parsePriceListItem = guardExport(
  "parsePriceListItem",
  ["text"],
  priceListItem.parsePriceListItem,
  (text) => expectString("text", text),
);
export const firstTierRate = guardExport(
  "firstTierRate",
  ["item"],
  priceListItem.firstTierRate,
  (item) => expectProperties("item", item, { onDemand: expectArray }),
);
export const normaliseUsd = guardExport(
  "normaliseUsd",
  ["usd"],
  priceListItem.normaliseUsd,
  (usd) => expectString("usd", usd),
);
