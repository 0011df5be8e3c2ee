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
  // Each object is sorted as it is written, not copied whole first: a sorted copy of a
  // 1,000-tier plan would sit beside the plan and its 30 MB of text.
  return `${JSON.stringify(value, sortedKeys, 2)}\n`;
}

/** A JSON.stringify replacer: every object (not array) with its keys in code-unit order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  // sort() without a comparator orders strings by UTF-16 code unit: the same on every machine.
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}
