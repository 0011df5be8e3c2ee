import { isJoin, isRef, type Ref } from "./values.js";

/** Every reference inside a props value, in document order. */
export function collectRefs(value: unknown, into: Ref[] = []): Ref[] {
  if (isRef(value)) {
    into.push(value);
  } else if (isJoin(value)) {
    for (const part of value.join) collectRefs(part, into);
  } else if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
  } else if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value))
      collectRefs((value as Record<string, unknown>)[key], into);
  }
  return into;
}

/** Ids a node needs before it can be created: its references and explicit dependsOn. */
export function dependenciesOf(node: { props: unknown; dependsOn: readonly string[] }): string[] {
  const ids = new Set(node.dependsOn);
  for (const reference of collectRefs(node.props)) ids.add(reference.ref);
  return [...ids].sort();
}
