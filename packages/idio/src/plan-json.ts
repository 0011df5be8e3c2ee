import { sortKeysDeep } from "@idio-iac/graph";
import type { Plan } from "./plan-type.js";

/**
 * The plan as JSON with object keys sorted at every level (array order is
 * kept: it is meaningful), two-space indented, ending in a newline: the
 * same plan always gives the same bytes.
 */
export function planToJson(plan: Plan): string {
  return toStableJson(plan);
}

/** A JSON object or array (a plan, a cost report) with keys sorted at every level: the same value, the same bytes. */
export function toStableJson(value: unknown): string {
  return `${JSON.stringify(
    sortKeysDeep(value, (_, item) => item !== undefined),
    null,
    2,
  )}\n`;
}
