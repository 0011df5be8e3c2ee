export { compile, type CompileOptions, type CompileResult } from "./compile.js";
export { orderGraph, type OrderResult, type Waves } from "./order-graph.js";
export { CompileCode } from "./diagnostic-codes.js";
export {
  COMPUTE_DECISION_TABLE,
  selectCompute,
  type ComputeDecision,
  type ComputeInput,
} from "./select-compute.js";
export { decideAvailability, zoneNames, type AvailabilityDecision } from "./decide-availability.js";
export { decidePosture, type Posture } from "./decide-posture.js";
