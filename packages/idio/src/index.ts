export { plan, type PlanOptions, type PlanResult } from "./plan.js";
export type { Plan, Waves } from "./plan-type.js";
export { planToJson } from "./plan-json.js";
export { runCli } from "./cli/run-cli.js";
export { validate } from "./validate.js";
export { loadIntentFile, type LoadedIntent } from "./load-intent-file.js";
export type { CliIo } from "./cli/cli-io.js";
export { ExitCode } from "./cli/exit-codes.js";
export { IDIO_VERSION } from "./version.js";
