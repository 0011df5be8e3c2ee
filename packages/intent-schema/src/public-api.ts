// The package's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names; code inside
// the package calls the originals.
import {
  expectArray,
  expectInteger,
  expectOneOf,
  expectPlainObject,
  expectString,
  expectStringArray,
  expectText,
  guardExport,
  IdioArgumentError,
} from "@idio-iac/graph";
import { codeInfo } from "@idio-iac/core";
import {
  diagnosticAt as diagnosticAtImpl,
  hasErrors as hasErrorsImpl,
} from "./diagnostics/diagnostic.js";
import {
  closestMatch as closestMatchImpl,
  didYouMean as didYouMeanImpl,
} from "./diagnostics/did-you-mean.js";
import { renderDiagnostics as renderDiagnosticsImpl } from "./diagnostics/render-diagnostics.js";
import { parseIntent as parseIntentImpl } from "./parse-intent.js";
import * as safeText from "./safe-text.js";
import { networkIsolationLevel as networkIsolationLevelImpl } from "./schema/network-isolation.js";
import { regionInfo as regionInfoImpl } from "./schema/regions.js";
import { parseGeolocation as parseGeolocationImpl } from "./schema/geolocation.js";
import { validateAgainstSchema } from "./validate/schema-validator.js";

/**
 * After a failure: what is wrong with an intent argument, by the intent
 * schema (on a copy: the validator fills defaults in place).
 */
export const intentProblem = guardExport(
  "intentProblem",
  ["argument", "intent"],
  (argument: string, intent: unknown): IdioArgumentError | undefined => {
    if (typeof intent !== "object" || intent === null || Array.isArray(intent)) {
      return new IdioArgumentError(argument, "must be an intent object");
    }
    const error = validateAgainstSchema(structuredClone(intent))[0];
    if (error === undefined) return undefined;
    const at = error.instancePath === "" ? "" : ` at ${error.instancePath.slice(0, 120)}`;
    return new IdioArgumentError(
      argument,
      `is not a valid intent${at}: ${(error.message ?? "invalid").slice(0, 200)}`,
    );
  },
  (argument) => expectString("argument", argument),
);

/** Entry check and after-failure diagnosis for a function whose first argument is an intent. */
export const intentFirst = {
  check: (intent: unknown) => expectPlainObject("intent", intent),
  diagnose: (args: readonly unknown[]) => intentProblem("intent", args[0]),
};

const expectDiagnostics = (argument: string, value: unknown) =>
  expectArray(argument, value, expectPlainObject);

export const parseIntent = guardExport(
  "parseIntent",
  ["input", "fileName"],
  parseIntentImpl,
  (input, fileName) => {
    expectText("input", input);
    expectString("fileName", fileName);
  },
);
export const renderDiagnostics = guardExport(
  "renderDiagnostics",
  ["diagnostics", "options"],
  renderDiagnosticsImpl,
  (diagnostics, options) => {
    expectDiagnostics("diagnostics", diagnostics);
    expectPlainObject("options", options);
    expectOneOf("options.format", options.format, ["text", "json"]);
    if (options.sources !== undefined && !(options.sources instanceof Map)) {
      throw new IdioArgumentError("options.sources", "must be a Map of file name to text");
    }
  },
);
const matchCheck = (written: unknown, candidates: unknown) => {
  expectString("written", written);
  expectStringArray("candidates", candidates);
};
export const closestMatch = guardExport(
  "closestMatch",
  ["written", "candidates"],
  closestMatchImpl,
  matchCheck,
);
export const didYouMean = guardExport(
  "didYouMean",
  ["written", "candidates"],
  didYouMeanImpl,
  matchCheck,
);
export const clipText = guardExport("clipText", ["text", "max"], safeText.clipText, (text, max) => {
  expectString("text", text);
  expectInteger("max", max);
});
const textOnly = (text: unknown) => expectString("text", text);
export const escapeForTerminal = guardExport(
  "escapeForTerminal",
  ["text"],
  safeText.escapeForTerminal,
  textOnly,
);
export const escapeHtml = guardExport("escapeHtml", ["text"], safeText.escapeHtml, textOnly);
export const escapeMarkdown = guardExport(
  "escapeMarkdown",
  ["text"],
  safeText.escapeMarkdown,
  textOnly,
);
export const escapeMermaidLabel = guardExport(
  "escapeMermaidLabel",
  ["text"],
  safeText.escapeMermaidLabel,
  textOnly,
);
export const hasUnsafeCharacters = guardExport(
  "hasUnsafeCharacters",
  ["text"],
  safeText.hasUnsafeCharacters,
  textOnly,
);
export const markdownCode = guardExport("markdownCode", ["text"], safeText.markdownCode, textOnly);
export const regionInfo = guardExport("regionInfo", ["name"], regionInfoImpl, (name) =>
  expectString("name", name),
);
/** A `routing.locations` code as Route 53's GeoLocation; undefined for a code Route 53 lacks. */
export const parseGeolocation = guardExport(
  "parseGeolocation",
  ["written"],
  parseGeolocationImpl,
  (written) => expectString("written", written),
);
/** Any value is a fair question: the answer is undefined for one that is not a level or boolean. */
export const networkIsolationLevel = guardExport(
  "networkIsolationLevel",
  ["value"],
  networkIsolationLevelImpl,
  () => undefined,
);
export const hasErrors = guardExport("hasErrors", ["diagnostics"], hasErrorsImpl, (diagnostics) =>
  expectDiagnostics("diagnostics", diagnostics),
);
export const diagnosticAt = guardExport(
  "diagnosticAt",
  ["source", "pointer", "fields"],
  diagnosticAtImpl,
  (source, pointer, fields) => {
    if (source !== undefined) {
      expectPlainObject("source", source);
      if (typeof source.locate !== "function") {
        throw new IdioArgumentError("source.locate", "must be a function");
      }
    }
    expectString("pointer", pointer);
    expectPlainObject("fields", fields);
    expectString("fields.code", fields.code);
    if (codeInfo(fields.code) === undefined) {
      // Severity comes from the registry, so only a registered code makes a diagnostic.
      throw new IdioArgumentError("fields.code", "must be a code listed in docs/diagnostics.md");
    }
    expectString("fields.message", fields.message);
  },
);
