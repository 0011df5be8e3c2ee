export * from "./schema/intent-schema.js";
export * from "./schema/enums.js";
export * from "./schema/regions.js";
export {
  DEFAULT_NETWORK_ISOLATION,
  NETWORK_ISOLATION_LEVELS,
  type NetworkIsolationInput,
  type NetworkIsolationLevel,
} from "./schema/network-isolation.js";
export * from "./diagnostics/diagnostic.js";
export { INTENT_JSON_SCHEMA } from "./schema/json-schema.js";
export type { ParseIntentResult } from "./parse-intent.js";
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
export {
  MAX_ROUTING_WEIGHT,
  ROUTING_POLICIES,
  type RoutingPolicy,
} from "./schema/routing-schema.js";
export { CONTINENT_CODES, type GeoLocation } from "./schema/geolocation.js";
export { MAX_DATABASE_REGIONS } from "./validate/checks/serving-regions.js";
export { TAG_LIMITS } from "./validate/checks/tags.js";
export type { RenderOptions } from "./diagnostics/render-diagnostics.js";
// Every exported function behind its argument check (IdioArgumentError); these
// names shadow the `export *` lines above.
export {
  clipText,
  closestMatch,
  diagnosticAt,
  didYouMean,
  escapeForTerminal,
  escapeHtml,
  escapeMarkdown,
  escapeMermaidLabel,
  hasErrors,
  hasUnsafeCharacters,
  intentFirst,
  intentProblem,
  markdownCode,
  networkIsolationLevel,
  parseGeolocation,
  parseIntent,
  regionInfo,
  renderDiagnostics,
} from "./public-api.js";
