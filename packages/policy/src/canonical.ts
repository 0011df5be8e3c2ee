import { byString } from "./compare.js";

/**
 * The same value with object keys in sorted order, recursively. Values that
 * rules build (fix values, added nodes) leave the wasm in the map order of
 * OPA's objects; sorting makes fixed graphs and reports byte-stable.
 */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort(byString)
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    ) as T;
  }
  return value;
}
