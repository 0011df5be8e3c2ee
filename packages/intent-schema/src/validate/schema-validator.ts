import type { ErrorObject } from "ajv/dist/2020.js";
// ajv's standalone code for INTENT_JSON_SCHEMA, generated at development time: a process
// validates without loading ajv's compiler or compiling the schema.
import { validate } from "./intent-validator.generated.js";

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * Validates `data` against the intent schema, inserting schema defaults in
 * place (ajv useDefaults), and returns every error (allErrors).
 */
export function validateAgainstSchema(data: unknown): readonly ErrorObject[] {
  const compiled = validate as GeneratedValidator;
  return compiled(data) ? [] : [...(compiled.errors ?? [])];
}
