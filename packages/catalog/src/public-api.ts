// The package's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names; code inside
// the package calls the originals.
import {
  expectArray,
  expectBoolean,
  expectFunction,
  expectGraph,
  expectInteger,
  expectNumber,
  expectOptions,
  expectPlainObject,
  expectProperties,
  expectString,
  expectStringArray,
  graphProblem,
  guardExport,
  IdioArgumentError,
} from "@idio-iac/graph";
import { intentFirst } from "@idio-iac/intent-schema";
import * as money from "./money.js";
import { budgetVerdict as budgetVerdictImpl } from "./pricing/budget.js";
import { diffCost as diffCostImpl } from "./pricing/cost-diff.js";
import { costReport as costReportImpl } from "./pricing/cost-report.js";
import {
  estimateCost as estimateCostImpl,
  REFRESH_HINT as refreshHintImpl,
} from "./pricing/estimate-cost.js";
import {
  looksLikeCostReport as looksLikeCostReportImpl,
  parseCostReport as parseCostReportImpl,
} from "./pricing/parse-cost-report.js";
import { isPriced as isPricedImpl } from "./pricing/mapper-types.js";
import { parsePriceBook as parsePriceBookImpl } from "./pricing/parse-price-book.js";
import { priceIndex as priceIndexImpl } from "./pricing/price-index.js";
import { recommend as recommendImpl } from "./pricing/recommendations/recommend.js";
import {
  renderCostDiffText as renderCostDiffTextImpl,
  renderCostText as renderCostTextImpl,
} from "./pricing/render-cost-text.js";
import {
  unpricedRegions as unpricedRegionsImpl,
  unpricedSummary as unpricedSummaryImpl,
} from "./pricing/unpriced-summary.js";
import { usageOverrideRange as usageOverrideRangeImpl } from "./pricing/usage-override-ranges.js";
import * as usageModule from "./pricing/usage.js";
import {
  cacheNodeTypeFor as cacheNodeTypeForImpl,
  databaseClassFor as databaseClassForImpl,
  ec2TypeFor as ec2TypeForImpl,
  fargateTaskSizeFor as fargateTaskSizeForImpl,
} from "@idio-iac/core";
import { templateById as templateByIdImpl } from "./templates/index.js";
import * as template from "./templates/template.js";

const DECIMAL = /^\s*-?\d+(?:\.\d+)?\s*$/;
function expectDecimal(argument: string, value: unknown): asserts value is string {
  expectString(argument, value);
  if (value.length > 400 || !DECIMAL.test(value)) {
    throw new IdioArgumentError(argument, "must be a decimal number such as 0.0125");
  }
}
const expectQuantity = (argument: string, value: unknown) => {
  expectNumber(argument, value);
  // Counted in millionths as a bigint: the product must stay finite.
  if (value < 0 || value > 1e300) throw new IdioArgumentError(argument, "must be from 0 to 1e300");
};
const expectPriceBook = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    regions: expectStringArray,
    prices: (name, prices) => expectArray(name, prices, expectPlainObject),
  });
const expectUsage = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    environment: expectString,
    tiers: expectPlainObject,
    dataTransferOutGbPerMonth: expectNumber,
    logIngestionGbPerMonth: expectNumber,
  });
const expectOverrides = (argument: string, value: unknown) => {
  if (value === undefined) return;
  expectPlainObject(argument, value);
  for (const [key, number] of Object.entries(value)) expectNumber(`${argument}.${key}`, number);
};
const expectUnpriced = (argument: string, value: unknown) =>
  expectArray(argument, value, (name, item) =>
    expectProperties(name, item, {
      resource: expectString,
      component: expectString,
      region: expectString,
    }),
  );
const expectCostReport = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    lineItems: (name, items) =>
      expectArray(name, items, (itemName, item) =>
        expectProperties(itemName, item, { monthlyMicros: expectNumber }),
      ),
    unpriced: expectUnpriced,
  });
const expectTemplate = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    id: expectString,
    parameters: (name, parameters) =>
      expectArray(name, parameters, (parameterName, parameter) =>
        expectProperties(parameterName, parameter, { name: expectString }),
      ),
    render: expectFunction,
  });
const diagnoseGraphAt = (position: number) => (args: readonly unknown[]) =>
  graphProblem("graph", args[position]);

export const formatUsdGrouped = guardExport(
  "formatUsdGrouped",
  ["micros"],
  money.formatUsdGrouped,
  (micros) => expectNumber("micros", micros),
);
export const usdToMicros = guardExport("usdToMicros", ["usd"], money.usdToMicros, (usd) =>
  expectNumber("usd", usd),
);
export const parseDecimal = guardExport(
  "parseDecimal",
  ["text", "scale"],
  money.parseDecimal,
  (text, scale) => {
    expectDecimal("text", text);
    expectInteger("scale", scale, 0, 100);
    const fraction = text.trim().split(".")[1] ?? "";
    if (fraction.length > scale) {
      throw new IdioArgumentError("text", `has more than ${scale} decimal places`);
    }
  },
);
export const quantityUnits = guardExport(
  "quantityUnits",
  ["quantity"],
  money.quantityUnits,
  (quantity) => expectQuantity("quantity", quantity),
);
export const roundQuantity = guardExport(
  "roundQuantity",
  ["quantity"],
  money.roundQuantity,
  (quantity) => expectQuantity("quantity", quantity),
);
export const lineCostMicros = guardExport(
  "lineCostMicros",
  ["quantity", "usdPerUnit"],
  money.lineCostMicros,
  (quantity, usdPerUnit) => {
    expectQuantity("quantity", quantity);
    expectDecimal("usdPerUnit", usdPerUnit);
    if ((usdPerUnit.trim().split(".")[1] ?? "").length > 12) {
      throw new IdioArgumentError("usdPerUnit", "has more than 12 decimal places");
    }
  },
);
export const microsToUsd = guardExport("microsToUsd", ["micros"], money.microsToUsd, (micros) =>
  expectNumber("micros", micros),
);
export const formatUsd = guardExport("formatUsd", ["micros"], money.formatUsd, (micros) =>
  expectNumber("micros", micros),
);
export const compareText = guardExport("compareText", ["a", "b"], money.compareText, (a, b) => {
  expectString("a", a);
  expectString("b", b);
});
export const fargateTaskSizeFor = guardExport(
  "fargateTaskSizeFor",
  ["vcpu", "memoryMb"],
  fargateTaskSizeForImpl,
  (vcpu, memoryMb) => {
    expectNumber("vcpu", vcpu);
    expectNumber("memoryMb", memoryMb);
  },
);
const expectNeed = (argument: string, need: unknown, keys: readonly string[]) =>
  expectProperties(argument, need, {
    ...Object.fromEntries(keys.map((key) => [key, expectNumber])),
    allowBurstable: expectBoolean,
  });
export const databaseClassFor = guardExport(
  "databaseClassFor",
  ["classes", "need"],
  databaseClassForImpl,
  (classes, need) => {
    expectArray("classes", classes, (name, item) =>
      expectProperties(name, item, { vcpu: expectNumber, memoryGib: expectNumber }),
    );
    if (classes.length === 0) throw new IdioArgumentError("classes", "must not be empty");
    expectNeed("need", need, ["vcpu", "memoryGib"]);
  },
);
export const cacheNodeTypeFor = guardExport(
  "cacheNodeTypeFor",
  ["need"],
  cacheNodeTypeForImpl,
  (need) => expectNeed("need", need, ["memoryGib"]),
);
export const ec2TypeFor = guardExport("ec2TypeFor", ["need"], ec2TypeForImpl, (need) =>
  expectNeed("need", need, ["vcpu", "memoryGib"]),
);
export const priceIndex = guardExport("priceIndex", ["book"], priceIndexImpl, (book) =>
  expectPriceBook("book", book),
);
export const usageOverrideRange = guardExport(
  "usageOverrideRange",
  ["key"],
  usageOverrideRangeImpl,
  (key) => expectString("key", key),
);
export const estimateCost = guardExport(
  "estimateCost",
  ["graph", "book", "baseUsage", "options"],
  estimateCostImpl,
  (graph, book, baseUsage, options) => {
    expectGraph("graph", graph);
    expectPriceBook("book", book);
    expectUsage("baseUsage", baseUsage);
    expectOptions("options", options);
    expectOverrides("options.overrides", options?.overrides);
  },
  diagnoseGraphAt(0),
);
export const REFRESH_HINT = guardExport("REFRESH_HINT", ["regions"], refreshHintImpl, (regions) =>
  expectStringArray("regions", regions),
);
export const unpricedRegions = guardExport(
  "unpricedRegions",
  ["unpriced"],
  unpricedRegionsImpl,
  (unpriced) => expectUnpriced("unpriced", unpriced),
);
export const unpricedSummary = guardExport(
  "unpricedSummary",
  ["unpriced", "shown"],
  unpricedSummaryImpl,
  (unpriced, shown) => {
    expectUnpriced("unpriced", unpriced);
    if (shown !== undefined) expectInteger("shown", shown);
  },
);
export const costReport = guardExport(
  "costReport",
  ["intent", "graph", "options"],
  costReportImpl,
  (intent, graph, options) => {
    intentFirst.check(intent);
    expectGraph("graph", graph);
    expectOptions("options", options);
    if (options?.priceBook !== undefined) expectPriceBook("options.priceBook", options.priceBook);
    if (options?.region !== undefined) expectString("options.region", options.region);
    expectOverrides("options.overrides", options?.overrides);
  },
  (args) => intentFirst.diagnose(args) ?? graphProblem("graph", args[1]),
);
const expectRenderOptions = (options: unknown) => {
  expectOptions("options", options);
  if (options?.maxLineItems !== undefined) {
    expectInteger("options.maxLineItems", options.maxLineItems);
  }
};
export const renderCostText = guardExport(
  "renderCostText",
  ["report", "options"],
  renderCostTextImpl,
  (report, options) => {
    expectCostReport("report", report);
    expectRenderOptions(options);
  },
);
export const renderCostDiffText = guardExport(
  "renderCostDiffText",
  ["diff", "options"],
  renderCostDiffTextImpl,
  (diff, options) => {
    expectProperties("diff", diff, {
      beforeUsd: expectNumber,
      afterUsd: expectNumber,
      deltaUsd: expectNumber,
      resources: (name, items) => expectArray(name, items, expectPlainObject),
      services: (name, items) => expectArray(name, items, expectPlainObject),
    });
    expectProperties("options", options, { baseline: expectString });
    if (options.maxResources !== undefined) {
      expectInteger("options.maxResources", options.maxResources);
    }
  },
);
export const parsePriceBook = guardExport("parsePriceBook", ["text"], parsePriceBookImpl, (text) =>
  expectString("text", text),
);
/** Whether a price registry entry is a mapper (priced) or a `notPriced` reason; keeps its type guard. */
export const isPriced = guardExport("isPriced", ["entry"], isPricedImpl, (entry) =>
  expectPlainObject("entry", entry),
) as typeof isPricedImpl;
export const looksLikeCostReport = guardExport(
  "looksLikeCostReport",
  ["text"],
  looksLikeCostReportImpl,
  (text) => expectString("text", text),
);
export const parseCostReport = guardExport(
  "parseCostReport",
  ["text"],
  parseCostReportImpl,
  (text) => expectString("text", text),
);
export const diffCost = guardExport(
  "diffCost",
  ["before", "after"],
  diffCostImpl,
  (before, after) => {
    expectCostReport("before", before);
    expectCostReport("after", after);
  },
);
export const requestsPerMonth = guardExport(
  "requestsPerMonth",
  ["peakRps", "pattern"],
  usageModule.requestsPerMonth,
  (peakRps, pattern) => {
    expectNumber("peakRps", peakRps);
    expectString("pattern", pattern);
  },
);
export const usageFromIntent = guardExport(
  "usageFromIntent",
  ["intent"],
  usageModule.usageFromIntent,
  intentFirst.check,
  intentFirst.diagnose,
);
export const usageAssumptions = guardExport(
  "usageAssumptions",
  ["usage", "tierIndex"],
  usageModule.usageAssumptions,
  (usage, tierIndex) => {
    expectUsage("usage", usage);
    if (!(tierIndex instanceof Map)) {
      throw new IdioArgumentError("tierIndex", "must be a Map of tier name to position");
    }
  },
);
export const applyUsageOverrides = guardExport(
  "applyUsageOverrides",
  ["usage", "overrides"],
  usageModule.applyUsageOverrides,
  (usage, overrides) => {
    expectUsage("usage", usage);
    expectPlainObject("overrides", overrides);
    expectOverrides("overrides", overrides);
  },
);
export const roundTo = guardExport(
  "roundTo",
  ["value", "decimals"],
  usageModule.roundTo,
  (value, decimals) => {
    expectNumber("value", value);
    expectInteger("decimals", decimals, 0, 15);
  },
);
export const budgetVerdict = guardExport(
  "budgetVerdict",
  ["monthlyMicros", "budget", "complete"],
  budgetVerdictImpl,
  (monthlyMicros, budget, complete) => {
    expectNumber("monthlyMicros", monthlyMicros);
    if (budget !== undefined) {
      expectProperties("budget", budget, {
        monthlyBudgetUsd: expectNumber,
        alertThreshold: expectNumber,
      });
    }
    if (complete !== undefined) expectBoolean("complete", complete);
  },
);
export const recommend = guardExport(
  "recommend",
  ["graph", "book", "usage", "estimate", "options"],
  recommendImpl,
  (graph, book, usage, estimate, options) => {
    expectGraph("graph", graph);
    expectPriceBook("book", book);
    expectUsage("usage", usage);
    if (estimate !== undefined) expectPlainObject("estimate", estimate);
    expectOptions("options", options);
    expectOverrides("options.overrides", options?.overrides);
  },
  diagnoseGraphAt(0),
);
export const templateById = guardExport("templateById", ["id"], templateByIdImpl, (id) =>
  expectString("id", id),
);
export const parameterSchema = guardExport(
  "parameterSchema",
  ["template"],
  template.parameterSchema,
  (value) => expectTemplate("template", value),
);
export const resolveParameters = guardExport(
  "resolveParameters",
  ["template", "settings"],
  template.resolveParameters,
  (value, settings) => {
    expectTemplate("template", value);
    expectStringArray("settings", settings);
  },
);
const valuesAndName = (values: unknown, name: unknown) => {
  expectPlainObject("values", values);
  expectString("name", name);
};
export const str = guardExport("str", ["values", "name"], template.str, valuesAndName);
export const num = guardExport("num", ["values", "name"], template.num, valuesAndName);
export const bool = guardExport("bool", ["values", "name"], template.bool, valuesAndName);
