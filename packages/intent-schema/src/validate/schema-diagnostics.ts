import type { ErrorObject } from "ajv";
import { IntentCodes } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../diagnostics/did-you-mean.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { childPointer, pointerSegments } from "../parse/json-pointer.js";
import type { YamlIntentSource } from "../parse/yaml-intent-source.js";
import { describePath } from "./describe-path.js";
import { guessTierType } from "./guess-tier-type.js";

interface SchemaNode {
  readonly type?: string;
  readonly description?: string;
  readonly examples?: readonly unknown[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly format?: string;
}

/** Turns ajv's errors into located diagnostics with a hint each. */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  source: YamlIntentSource,
  data: unknown,
): Diagnostic[] {
  return errors.map((error) => toDiagnostic(error, source, data));
}

function toDiagnostic(error: ErrorObject, source: YamlIntentSource, data: unknown): Diagnostic {
  const pointer = error.instancePath;
  const where = describePath(pointer, data);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const at = (
    info: (typeof IntentCodes)[keyof typeof IntentCodes],
    message: string,
    hint?: string,
  ) => makeDiagnostic(info, source.fileName, source.locate(pointer), pointer, message, hint);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const keyPointer = childPointer(pointer, key);
      const allowed = Object.keys(schema.properties ?? {});
      const hint =
        didYouMean(key, allowed) ??
        (allowed.length > 0 ? `Allowed in ${where}: ${allowed.join(", ")}.` : "Remove it.");
      return makeDiagnostic(
        IntentCodes.UnknownProperty,
        source.fileName,
        source.locateKey(keyPointer),
        keyPointer,
        `Unknown property "${key}" in ${where}.`,
        hint,
      );
    }
    case "required": {
      const key = String(params.missingProperty);
      const keyPointer = childPointer(pointer, key);
      const property = schema.properties?.[key];
      // A tier's missing type: suggest what its name says ("orders-db" → database), not a fixed example.
      const guessed =
        key === "type" && /^\/tiers\/\d+$/.test(pointer)
          ? guessTierType((error.data as { name?: unknown } | null | undefined)?.name ?? undefined)
          : undefined;
      return makeDiagnostic(
        IntentCodes.MissingProperty,
        source.fileName,
        source.locate(pointer),
        keyPointer,
        `${capitalise(where)} is missing the required property "${key}".`,
        `Add \`${key}: ${guessed ?? exampleOf(property)}\`${property?.description ? ` — ${property.description}` : "."}`,
      );
    }
    case "type": {
      const expected = String(params.type);
      const actual = error.data;
      return at(
        IntentCodes.WrongType,
        `${capitalise(where)} must be ${article(expected)}, not ${describeValue(actual)}.`,
        typeHint(expected, actual, schema),
      );
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const written = String(error.data);
      const suggestion = typeof error.data === "string" ? didYouMean(written, allowed) : undefined;
      return at(
        IntentCodes.NotAllowedValue,
        `${describeValue(error.data)} is not an allowed value for ${where}.`,
        `${suggestion ? `${suggestion} ` : ""}Allowed: ${allowed.join(", ")}.`,
      );
    }
    case "const":
      return at(
        IntentCodes.NotAllowedValue,
        `${capitalise(where)} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(error.data)}.`,
        `Write \`${lastSegment(pointer)}: ${String(params.allowedValue)}\`.`,
      );
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words: Record<string, string> = {
        minimum: "at least",
        maximum: "at most",
        exclusiveMinimum: "greater than",
        exclusiveMaximum: "less than",
      };
      return at(
        IntentCodes.OutOfRange,
        `${capitalise(where)} must be ${words[error.keyword]} ${String(params.limit)}, not ${describeValue(error.data)}.`,
        schema.description,
      );
    }
    case "multipleOf":
      return at(
        IntentCodes.OutOfRange,
        `${capitalise(where)} must be a multiple of ${String(params.multipleOf)}.`,
        schema.description,
      );
    case "pattern":
    case "format":
    case "minLength":
    case "maxLength": {
      const reason =
        error.keyword === "format"
          ? `is not a valid ${String(params.format)}`
          : error.keyword === "minLength"
            ? `is shorter than ${String(params.limit)} characters`
            : error.keyword === "maxLength"
              ? `is longer than ${String(params.limit)} characters`
              : "is not in the required form";
      return at(
        IntentCodes.BadString,
        `${describeValue(error.data)} ${reason} (${where}).`,
        withExample(schema),
      );
    }
    case "minItems":
    case "maxItems":
    case "uniqueItems": {
      if (error.keyword === "uniqueItems") {
        const later = Math.max(Number(params.i), Number(params.j));
        const earlier = Math.min(Number(params.i), Number(params.j));
        const itemPointer = childPointer(pointer, later);
        return makeDiagnostic(
          IntentCodes.BadList,
          source.fileName,
          source.locate(itemPointer),
          itemPointer,
          `${capitalise(where)} lists the same value twice (items ${earlier} and ${later}).`,
          "Remove the repeated entry.",
        );
      }
      const bound = error.keyword === "minItems" ? "at least" : "at most";
      return at(
        IntentCodes.BadList,
        `${capitalise(where)} must have ${bound} ${String(params.limit)} item${params.limit === 1 ? "" : "s"}.`,
        schema.description,
      );
    }
    default:
      return at(
        IntentCodes.SchemaViolation,
        `${capitalise(where)} ${error.message ?? "is invalid"}.`,
        schema.description,
      );
  }
}

function typeHint(expected: string, actual: unknown, schema: SchemaNode): string | undefined {
  if (
    (expected === "number" || expected === "integer") &&
    typeof actual === "string" &&
    actual.trim() !== "" &&
    !Number.isNaN(Number(actual))
  ) {
    return "Remove the quotes around the number.";
  }
  if (expected === "string" && (typeof actual === "number" || typeof actual === "boolean")) {
    return `Put the value in quotes: "${String(actual)}".`;
  }
  if (expected === "integer" && typeof actual === "number") return "Use a whole number.";
  return withExample(schema);
}

function withExample(schema: SchemaNode): string | undefined {
  const example = schema.examples?.[0];
  if (schema.description === undefined && example === undefined) return undefined;
  const parts = [
    schema.description,
    example === undefined ? undefined : `Example: ${JSON.stringify(example)}.`,
  ];
  return parts.filter(Boolean).join(" ");
}

function exampleOf(property: SchemaNode | undefined): string {
  const example = property?.examples?.[0] ?? property?.enum?.[0];
  if (example === undefined) return property?.type === "array" ? "[...]" : "...";
  return typeof example === "string" ? example : JSON.stringify(example);
}

function describeValue(value: unknown): string {
  if (value === null) return "null (empty)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    null: "empty",
  };
  return names[type] ?? type;
}

/** Prose subjects ("the document", 'tier "api"') start a sentence capitalised; field paths keep their case. */
function capitalise(text: string): string {
  return /^(the |tier )/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function lastSegment(pointer: string): string {
  return pointerSegments(pointer).at(-1) ?? "";
}
