// The library's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names.
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
  expectText,
  guardExport,
} from "@idio-iac/graph";
import { runCli as runCliImpl } from "./cli/run-cli.js";
import { loadIntentFile as loadIntentFileImpl } from "./load-intent-file.js";
import { planToJson as planToJsonImpl } from "./plan-json.js";
import { plan as planImpl } from "./plan.js";
import { validate as validateImpl } from "./validate.js";

const optional =
  (check: (argument: string, value: unknown) => void) => (argument: string, value: unknown) => {
    if (value !== undefined) check(argument, value);
  };

export const plan = guardExport("plan", ["input", "options"], planImpl, (input, options) => {
  expectText("input", input);
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
});
export const planToJson = guardExport("planToJson", ["plan"], planToJsonImpl, (value) =>
  expectPlainObject("plan", value),
);
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
