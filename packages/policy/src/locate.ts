import type { GraphNode } from "@idio/graph";
import type { IntentSource } from "@idio/intent-schema";
import type { IntentLocation } from "./types.js";

/** Where a pointer is in the intent file (line 0 when there is no source). */
export function locate(source: IntentSource | undefined, pointer: string): IntentLocation {
  const position = source?.locate(pointer) ?? { line: 0, column: 0 };
  return { pointer, line: position.line, column: position.column };
}

/** The intent field behind a node: the first pointer that made it, else the whole document. */
export function nodePointer(node: GraphNode | undefined): string {
  return node?.reason.pointers[0] ?? "";
}
