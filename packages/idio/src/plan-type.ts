import type { CostReport } from "@idio-iac/catalog";
import type { ResourceGraph } from "@idio-iac/graph";
import type { Intent } from "@idio-iac/intent-schema";
import type { AppliedFix, Finding, FrameworkCoverage } from "@idio-iac/policy";

/** Dependency waves: every id in a wave depends only on ids of earlier waves. */
export type Waves = readonly (readonly string[])[];

/**
 * The whole result of planning an intent. It serialises to stable JSON
 * (`planToJson`), so two plans diff cleanly in a pull request.
 */
export interface Plan {
  /** The intent with every default applied. */
  readonly intent: Intent;
  readonly graph: ResourceGraph;
  /** Creation order. */
  readonly order: Waves;
  /** Teardown order: the creation waves reversed. */
  readonly rollback: Waves;
  /** Open policy findings after auto-fix (filled by the policy step). */
  readonly findings?: readonly Finding[];
  /** Fixes the policy engine applied to the graph. */
  readonly fixes?: readonly AppliedFix[];
  /** Findings a waiver in the intent accepts. */
  readonly waived?: readonly Finding[];
  /** Per listed framework, the controls the rules check and how the plan fares. */
  readonly coverage?: readonly FrameworkCoverage[];
  /** Cost estimate and budget verdict (filled by the cost step). */
  readonly cost?: CostReport;
}
