import { toStableJson } from "idio-iac";
import type { PlanDiff } from "./diff-types.js";

/** The diff as stable JSON (keys sorted, two-space indent, trailing newline). */
export function renderDiffJson(diff: PlanDiff): string {
  return toStableJson({ idioDiff: 1, ...diff });
}
