import { hasErrors, type Diagnostic, type IntentSource } from "./diagnostics/diagnostic.js";
import { makeDiagnostic } from "./diagnostics/make-diagnostic.js";
import { decodeInput } from "./parse/decode-input.js";
import { parseYaml } from "./parse/parse-yaml.js";
import { YamlIntentSource } from "./parse/yaml-intent-source.js";
import type { Intent } from "./schema/intent-schema.js";
import { INTENT_JSON_SCHEMA } from "./schema/json-schema.js";
import { applyTypeDefaults } from "./validate/apply-type-defaults.js";
import { defaultTierNames } from "./validate/default-tier-names.js";
import { inferConnections } from "./validate/infer-connections.js";
import { resolveAliases } from "./validate/resolve-aliases.js";
import type { Report } from "./validate/checks/check.js";
import { SEMANTIC_CHECKS } from "./validate/checks/index.js";
import { asRecord, type LooseRecord } from "./validate/loose.js";
import { orderLikeSchema } from "./validate/order-like-schema.js";
import { schemaDiagnostics } from "./validate/schema-diagnostics.js";
import { validateAgainstSchema } from "./validate/schema-validator.js";

export interface ParseIntentResult {
  /** The resolved intent (every default applied); present only when there is no error. */
  readonly intent?: Intent;
  /** Every problem found, errors and warnings, in source order. */
  readonly diagnostics: Diagnostic[];
  /** The text and a way to locate JSON pointers in it; absent only when the input is not text. */
  readonly source?: IntentSource;
}

/**
 * Reads an intent document (YAML or JSON, as text or bytes): parses it,
 * validates it against the schema, applies defaults and runs the semantic
 * checks, reporting every problem at its line and column. Pure: no I/O, and
 * never throws on any input.
 */
export function parseIntent(input: string | Uint8Array, fileName: string): ParseIntentResult {
  const decoded = decodeInput(input);
  if (decoded.problem !== undefined) {
    const source =
      decoded.text === undefined
        ? undefined
        : new YamlIntentSource(fileName, decoded.text, undefined);
    const { code, message, hint, offset } = decoded.problem;
    const position =
      source !== undefined && offset !== undefined
        ? source.positionOfOffset(offset)
        : { line: 0, column: 0 };
    return {
      diagnostics: [makeDiagnostic(code, fileName, position, "", message, hint)],
      ...(source === undefined ? {} : { source }),
    };
  }

  const parsed = parseYaml(decoded.text, fileName);
  const { source } = parsed;
  const diagnostics = [...parsed.diagnostics];
  const document = asRecord(parsed.data);
  if (document === undefined) return { diagnostics: sortByPosition(diagnostics), source };

  normaliseScalars(document);
  defaultTierNames(document);
  inferConnections(document);
  diagnostics.push(...schemaDiagnostics(validateAgainstSchema(document), source, document));
  applyTypeDefaults(document);
  const report: Report = (info, pointer, message, hint, options) => {
    const position = options?.atKey ? source.locateKey(pointer) : source.locate(pointer);
    const related = options?.related?.map((place) => {
      const at = source.locate(place.pointer);
      return {
        file: fileName,
        line: at.line,
        column: at.column,
        path: place.pointer,
        message: place.message,
      };
    });
    diagnostics.push(makeDiagnostic(info, fileName, position, pointer, message, hint, related));
  };
  for (const check of SEMANTIC_CHECKS) check(document, report);

  const sorted = sortByPosition(diagnostics);
  if (hasErrors(sorted)) return { diagnostics: sorted, source };
  resolveAliases(document);
  return {
    intent: orderLikeSchema(document, INTENT_JSON_SCHEMA) as Intent,
    diagnostics: sorted,
    source,
  };
}

/**
 * `availability: 99.99` written without quotes is a YAML number; the target is
 * a string, and the number means the same thing, so accept it.
 */
function normaliseScalars(document: LooseRecord): void {
  if (typeof document.availability === "number")
    document.availability = String(document.availability);
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, order) => ({ diagnostic, order }))
    .sort(
      (a, b) =>
        a.diagnostic.line - b.diagnostic.line ||
        a.diagnostic.column - b.diagnostic.column ||
        a.order - b.order,
    )
    .map(({ diagnostic }) => diagnostic);
}
