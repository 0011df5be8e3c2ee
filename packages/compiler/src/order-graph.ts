import { checkGraph, creationWaves, teardownWaves, type ResourceGraph } from "@idio-iac/graph";
import type { Diagnostic } from "@idio-iac/intent-schema";
import { bugDiagnostic } from "./bug-diagnostic.js";
import { CompileCode } from "./diagnostic-codes.js";

export type Waves = readonly (readonly string[])[];

export interface OrderResult {
  /** Creation waves: each wave depends only on earlier ones. */
  readonly order?: Waves;
  /** Teardown waves: the creation waves reversed. */
  readonly rollback?: Waves;
  readonly diagnostics: Diagnostic[];
}

/**
 * Execution and rollback order. A graph that fails its integrity check or
 * has a cycle is an IDIO bug and is reported as one, never passed on.
 */
export function orderGraph(graph: ResourceGraph, fileName = "<intent>"): OrderResult {
  const problems = checkGraph(graph);
  if (problems.length > 0) {
    return {
      diagnostics: problems.map((problem) =>
        bugDiagnostic(
          CompileCode.GraphIntegrity,
          fileName,
          `Internal error: node ${problem.nodeId} ${problem.message}.`,
        ),
      ),
    };
  }
  const waves = creationWaves(graph);
  if (!waves.ok) {
    return {
      diagnostics: [
        bugDiagnostic(
          CompileCode.DependencyCycle,
          fileName,
          `Internal error: dependency cycle ${waves.cycle.join(" -> ")}.`,
        ),
      ],
    };
  }
  return { order: waves.waves, rollback: teardownWaves(waves.waves), diagnostics: [] };
}
