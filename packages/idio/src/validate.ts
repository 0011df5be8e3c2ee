import { parseIntent, type ParseIntentResult } from "@idio-iac/intent-schema";

/**
 * Validates an intent document (YAML or JSON text, or its bytes): every
 * problem as a located diagnostic, and the resolved intent (all defaults
 * applied) when there is no error. Pure; see loadIntentFile for files.
 */
export function validate(text: string | Uint8Array, fileName = "intent.yaml"): ParseIntentResult {
  return parseIntent(text, fileName);
}
