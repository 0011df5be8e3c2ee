// The library's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names.
import {
  expectArray,
  expectBoolean,
  expectInteger,
  expectOptions,
  expectPlainObject,
  expectProperties,
  expectString,
  expectText,
  guardExport,
} from "@idio-iac/graph";
import { intentFirst } from "@idio-iac/intent-schema";
import { loadIntentFile as loadIntentFileImpl } from "./load-intent-file.js";
import { planToJson as planToJsonImpl, toStableJson as toStableJsonImpl } from "./plan-json.js";
import { plan as planImpl, planParsed as planParsedImpl } from "./plan.js";
import { validate as validateImpl } from "./validate.js";

const optional =
  (check: (argument: string, value: unknown) => void) => (argument: string, value: unknown) => {
    if (value !== undefined) check(argument, value);
  };

const checkPlanOptions = (options: unknown) => {
  expectOptions("options", options);
  if (options === undefined) return;
  expectProperties("options", options, {
    fileName: optional(expectString),
    priceBook: optional(expectPlainObject),
    fix: optional(expectBoolean),
    today: optional(expectString),
    policyBundles: optional((name, bundles) => expectArray(name, bundles, expectPlainObject)),
    policyTimeoutMs: optional((name, ms) => expectInteger(name, ms, 1)),
    allowBundleFixes: optional(expectBoolean),
  });
};

export const plan = guardExport("plan", ["input", "options"], planImpl, (input, options) => {
  expectText("input", input);
  checkPlanOptions(options);
});
export const planParsed = guardExport(
  "planParsed",
  ["parsed", "fileName", "options"],
  planParsedImpl,
  (parsed, fileName, options) => {
    expectProperties("parsed", parsed, {
      diagnostics: (name, list) => expectArray(name, list, expectPlainObject),
      intent: optional(expectPlainObject),
      source: optional(expectPlainObject),
    });
    expectString("fileName", fileName);
    checkPlanOptions(options);
  },
  // A hand-made intent that breaks the schema is the caller's, not a bug in IDIO.
  (args) => intentFirst.diagnose([(args[0] as { intent?: unknown } | undefined)?.intent]),
);
export const planToJson = guardExport("planToJson", ["plan"], planToJsonImpl, (value) =>
  expectPlainObject("plan", value),
);
export const toStableJson = guardExport("toStableJson", ["value"], toStableJsonImpl, (value) => {
  if (!Array.isArray(value)) expectPlainObject("value", value);
});
export const validate = guardExport(
  "validate",
  ["text", "fileName"],
  validateImpl,
  (text, fileName) => {
    expectText("text", text);
    if (fileName !== undefined) expectString("fileName", fileName);
  },
);
export const loadIntentFile = guardExport(
  "loadIntentFile",
  ["path", "cwd"],
  loadIntentFileImpl,
  (path, cwd) => {
    expectString("path", path);
    expectString("cwd", cwd);
  },
);
