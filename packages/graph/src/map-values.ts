import { DESCEND, rebuildJson } from "./json-walk.js";
import { isJoin, isPseudo, isRef, type Join, type Pseudo, type Ref } from "./values.js";

export type LeafValue = string | Ref | Join | Pseudo;

/**
 * Rebuilds a props value (nested arrays and plain objects) with `leaf`
 * applied to every string, Ref, Join and Pseudo in it; numbers, booleans and
 * null pass through. Each emitter resolves references this way.
 */
export function mapValues(value: unknown, leaf: (value: LeafValue) => unknown): unknown {
  return rebuildJson(value, {
    replace: (item) =>
      typeof item === "string" || isRef(item) || isJoin(item) || isPseudo(item)
        ? leaf(item)
        : DESCEND,
  });
}
