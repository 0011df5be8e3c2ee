import type { NodeReason } from "@idio-iac/graph";

/** A node's reason: one readable sentence, the intent fields behind it, the arithmetic. */
export function because(
  summary: string,
  pointers: readonly string[],
  calculation: readonly string[] = [],
): NodeReason {
  return { summary, pointers: [...new Set(pointers)].sort(), calculation: [...calculation] };
}
