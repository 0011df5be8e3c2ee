import { sortKeysDeep } from "@idio-iac/graph";

/**
 * The same value with object keys in sorted order, recursively. Values that
 * rules build (fix values, added nodes) leave the wasm in the map order of
 * OPA's objects; sorting makes fixed graphs and reports byte-stable.
 */
export function canonical<T>(value: T): T {
  return sortKeysDeep(value);
}
