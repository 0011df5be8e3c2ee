import type { GraphNode, Kind, NodeReason, PropsByKind } from "@idio/graph";

export interface NodeInput<K extends Kind> {
  readonly id: string;
  readonly kind: K;
  readonly tier: string | null;
  readonly region?: "primary" | "dr";
  readonly props: PropsByKind[K];
  readonly dependsOn?: readonly string[];
  readonly reason: NodeReason;
}

/**
 * The graph under construction. Adding a node twice is an IDIO bug, so it
 * throws (compile turns any throw into an internal diagnostic). Props are
 * stripped of `undefined` so serialised graphs hold only meaningful keys.
 */
export class NodeSet {
  readonly #nodes = new Map<string, GraphNode>();

  constructor(private readonly baseTags: Readonly<Record<string, string>>) {}

  add<K extends Kind>(input: NodeInput<K>): string {
    if (this.#nodes.has(input.id)) throw new Error(`IDIO bug: node ${input.id} added twice`);
    const tags: Record<string, string> = { ...this.baseTags };
    if (input.tier !== null) tags["idio:tier"] = input.tier;
    const node = {
      id: input.id,
      kind: input.kind,
      tier: input.tier,
      region: input.region ?? "primary",
      props: withoutUndefined(input.props) as PropsByKind[K],
      dependsOn: [...new Set(input.dependsOn ?? [])].sort(),
      tags: sortKeys(tags),
      reason: input.reason,
    } as GraphNode;
    this.#nodes.set(input.id, node);
    return input.id;
  }

  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  get(id: string): GraphNode | undefined {
    return this.#nodes.get(id);
  }

  /** Every node, sorted by id. */
  sorted(): GraphNode[] {
    return [...this.#nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = withoutUndefined(item);
    }
    return out;
  }
  return value;
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
