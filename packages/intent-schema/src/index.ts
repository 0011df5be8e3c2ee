export * from "./schema/intent-schema.js";
export * from "./schema/enums.js";
export * from "./schema/regions.js";
export * from "./diagnostics/diagnostic.js";
export { INTENT_JSON_SCHEMA } from "./schema/json-schema.js";
export { parseIntent, type ParseIntentResult } from "./parse-intent.js";
export {
  IntentCodes,
  INTENT_DIAGNOSTIC_CODES,
  type DiagnosticCodeInfo,
} from "./diagnostics/codes.js";
export { INTENT_LIMITS } from "./parse/limits.js";
export {
  DEFAULT_HEALTH_CHECK_PATH,
  DEFAULT_LAMBDA_RUNTIME,
  DEFAULT_PORT,
} from "./validate/apply-type-defaults.js";
export { TAG_LIMITS } from "./validate/checks/tags.js";
export { renderDiagnostics, type RenderOptions } from "./diagnostics/render-diagnostics.js";
export { closestMatch, didYouMean } from "./diagnostics/did-you-mean.js";
export {
  clipText,
  escapeForTerminal,
  escapeHtml,
  escapeMarkdown,
  escapeMermaidLabel,
  hasUnsafeCharacters,
  markdownCode,
} from "./safe-text.js";
