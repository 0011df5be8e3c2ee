export type { PlanOptions, PlanResult } from "./plan.js";
export type { TierSummary } from "@idio-iac/compiler";
export type { Plan, Waves } from "./plan-type.js";
export type { LoadedIntent } from "./load-intent-file.js";
export { IDIO_VERSION } from "./version.js";
// Every exported function checks its arguments and throws IdioArgumentError (README "Errors").
export {
  loadIntentFile,
  plan,
  planParsed,
  planToJson,
  toStableJson,
  validate,
} from "./public-api.js";
export { IdioArgumentError } from "@idio-iac/graph";
