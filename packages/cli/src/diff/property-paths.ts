import type { PropertyChange } from "./diff-types.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.a.b`, `$.a["x:y"]`, `$.a[2]`: a JSON path a reader can paste into jq-like tools. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every leaf that differs between two JSON values. Objects compare key by key
 * (sorted), arrays index by index; a value whose type changed is one change.
 */
export function diffValues(before: unknown, after: unknown, path = "$"): PropertyChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      const next = childPath(path, key);
      if (!(key in after) || after[key] === undefined)
        return before[key] === undefined ? [] : [{ path: next, before: before[key] }];
      if (!(key in before) || before[key] === undefined) return [{ path: next, after: after[key] }];
      return diffValues(before[key], after[key], next);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: PropertyChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const next = childPath(path, index);
      if (index >= after.length) changes.push({ path: next, before: before[index] });
      else if (index >= before.length) changes.push({ path: next, after: after[index] });
      else changes.push(...diffValues(before[index], after[index], next));
    }
    return changes;
  }
  return Object.is(before, after) ? [] : [{ path, before, after }];
}
