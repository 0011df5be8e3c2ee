import { isJoin, isPseudo, isRef, type Join, type Pseudo, type Ref } from "./values.js";

export type LeafValue = string | Ref | Join | Pseudo;

/**
 * Rebuilds a props value (nested arrays and plain objects) with `leaf`
 * applied to every string, Ref, Join and Pseudo in it; numbers, booleans and
 * null pass through. Each emitter resolves references this way.
 */
export function mapValues(value: unknown, leaf: (value: LeafValue) => unknown): unknown {
  if (typeof value === "string" || isRef(value) || isJoin(value) || isPseudo(value))
    return leaf(value);
  if (Array.isArray(value)) return value.map((item) => mapValues(item, leaf));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapValues(item, leaf)]),
    );
  }
  return value;
}
