import type { GraphNode } from "@idio-iac/graph";
import type { IntentSource } from "@idio-iac/intent-schema";
import type { IntentLocation } from "./types.js";

/** Where a pointer is in the intent file (line 0 when there is no source). */
export function locate(source: IntentSource | undefined, pointer: string): IntentLocation {
  const position = source?.locate(pointer) ?? { line: 0, column: 0 };
  return { pointer, line: position.line, column: position.column };
}

/** The intent field behind a node: the tier that made it, else its first pointer, else the document. */
export function nodePointer(node: GraphNode | undefined): string {
  const pointers = node?.reason.pointers ?? [];
  const tier = pointers.find((pointer) => /^\/tiers\/\d+/.test(pointer));
  return tier ? (/^\/tiers\/\d+/.exec(tier)?.[0] ?? tier) : (pointers[0] ?? "");
}

/**
 * The same source with each pointer located once: the findings of a large graph point at a few
 * hundred intent fields thousands of times, and each lookup walks the YAML document.
 */
export function memoizedSource(source: IntentSource): IntentSource {
  const positions = new Map<string, ReturnType<IntentSource["locate"]>>();
  return {
    fileName: source.fileName,
    text: source.text,
    locate(pointer) {
      let position = positions.get(pointer);
      if (!position) {
        position = source.locate(pointer);
        positions.set(pointer, position);
      }
      return position;
    },
  };
}
