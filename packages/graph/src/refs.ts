import { visitJson } from "./json-walk.js";
import { isRef, type Ref } from "./values.js";

/** Every reference inside a props value (a Join's parts included), in document order. */
export function collectRefs(value: unknown, into: Ref[] = []): Ref[] {
  visitJson(value, (item) => {
    if (!isRef(item)) return true;
    into.push(item);
    return false;
  });
  return into;
}

/** Ids a node needs before it can be created: its references and explicit dependsOn. */
export function dependenciesOf(node: { props: unknown; dependsOn: readonly string[] }): string[] {
  const ids = new Set(node.dependsOn);
  for (const reference of collectRefs(node.props)) ids.add(reference.ref);
  return [...ids].sort();
}
