import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { INTENT_JSON_SCHEMA } from "../schema/json-schema.js";

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

let compiled: ValidateFunction | undefined;

/**
 * Validates `data` against the intent schema, inserting schema defaults in
 * place (ajv useDefaults), and returns every error (allErrors). Compiled once.
 */
export function validateAgainstSchema(data: unknown): readonly ErrorObject[] {
  compiled ??= compileIntentSchema();
  return compiled(data) ? [] : [...(compiled.errors ?? [])];
}

function compileIntentSchema(): ValidateFunction {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    useDefaults: true,
    verbose: true,
    // Intents never reference remote schemas; keep compilation self-contained.
    loadSchema: undefined,
  });
  addFormats(ajv, ["email", "date", "hostname"]);
  return ajv.compile(INTENT_JSON_SCHEMA);
}
