import type { GraphNode } from "./node.js";

/** The target-neutral resource graph the compiler produces and every later phase reads. */
export interface ResourceGraph {
  /** The intent's name; prefixes AWS resource names. */
  readonly name: string;
  readonly environment: "production" | "staging" | "development";
  readonly region: string;
  /** Present when any node lives in the disaster-recovery region. */
  readonly drRegion?: string;
  /**
   * The extra regions that serve traffic beside the primary, in intent order;
   * present only when a node is in one of them (its `region` is the code).
   */
  readonly regions?: readonly string[];
  /** Sorted by id, so serialised graphs diff cleanly. */
  readonly nodes: readonly GraphNode[];
}

export function nodeById(graph: ResourceGraph): ReadonlyMap<string, GraphNode> {
  return new Map(graph.nodes.map((node) => [node.id, node]));
}
