export type { CompileOptions, CompileResult } from "./compile.js";
export type { OrderResult, Waves } from "./order-graph.js";
export type { TierSummary } from "./tier-summary.js";
export { CompileCode } from "./diagnostic-codes.js";
export {
  COMPUTE_DECISION_TABLE,
  type ComputeDecision,
  type ComputeInput,
} from "./decide/select-compute.js";
export type { AvailabilityDecision } from "./decide/decide-availability.js";
export type { Posture } from "./decide/decide-posture.js";
export type { RecoveryDecision, UnmetObjective } from "./decide/decide-recovery.js";
// Every exported function behind its argument check (IdioArgumentError).
export {
  compile,
  decideAvailability,
  decidePosture,
  decideRecovery,
  orderGraph,
  publicHostname,
  selectCompute,
  zoneNames,
} from "./public-api.js";
