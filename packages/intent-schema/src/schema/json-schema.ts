import { IntentSchema } from "./intent-schema.js";

/**
 * The intent's JSON Schema (draft 2020-12) as plain JSON: what editors load
 * through `# yaml-language-server: $schema=...`, what `idio schema` prints, and
 * what the validator compiles. Published as packages/intent-schema/intent.schema.json.
 */
export const INTENT_JSON_SCHEMA: Readonly<Record<string, unknown>> = Object.freeze({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  ...(JSON.parse(JSON.stringify(IntentSchema)) as Record<string, unknown>),
});
