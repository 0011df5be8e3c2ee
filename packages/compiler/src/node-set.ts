import {
  rebuildJson,
  sortKeysDeep,
  type GraphNode,
  type Kind,
  type NodeReason,
  type NodeRegion,
  type PropsByKind,
} from "@idio-iac/graph";

export interface NodeInput<K extends Kind> {
  readonly id: string;
  readonly kind: K;
  readonly tier: string | null;
  readonly region?: NodeRegion;
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
  /** Tags are identical for every node of a tier: built once, shared. */
  readonly #tagsByTier = new Map<string | null, Readonly<Record<string, string>>>();
  #sorted: GraphNode[] | undefined;

  constructor(private readonly baseTags: Readonly<Record<string, string>>) {}

  #tagsOf(tier: string | null): Readonly<Record<string, string>> {
    let tags = this.#tagsByTier.get(tier);
    if (tags === undefined) {
      const all: Record<string, string> = { ...this.baseTags };
      if (tier !== null) all["idio:tier"] = tier;
      tags = sortKeysDeep(all);
      this.#tagsByTier.set(tier, tags);
    }
    return tags;
  }

  add<K extends Kind>(input: NodeInput<K>): string {
    if (this.#nodes.has(input.id)) throw new Error(`IDIO bug: node ${input.id} added twice`);
    const node = {
      id: input.id,
      kind: input.kind,
      tier: input.tier,
      region: input.region ?? "primary",
      props: withoutUndefined(input.props) as PropsByKind[K],
      dependsOn: [...new Set(input.dependsOn ?? [])].sort(),
      tags: this.#tagsOf(input.tier),
      reason: input.reason,
    } as GraphNode;
    this.#nodes.set(input.id, node);
    this.#sorted = undefined;
    return input.id;
  }

  /** Rewrites a node's reason (a note added after the build, e.g. that an edge was inferred). */
  amendReason(id: string, change: (reason: GraphNode["reason"]) => GraphNode["reason"]): void {
    const node = this.#nodes.get(id);
    if (node === undefined) throw new Error(`IDIO bug: no node ${id} to amend`);
    this.#nodes.set(id, { ...node, reason: change(node.reason) } as GraphNode);
    this.#sorted = undefined;
  }

  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  get(id: string): GraphNode | undefined {
    return this.#nodes.get(id);
  }

  /** Every node so far, in insertion order (cheap; for checks during the build). */
  all(): IterableIterator<GraphNode> {
    return this.#nodes.values();
  }

  /** Every node, sorted by id. */
  sorted(): readonly GraphNode[] {
    this.#sorted ??= [...this.#nodes.values()].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    return this.#sorted;
  }
}

const withoutUndefined = (value: unknown): unknown =>
  rebuildJson(value, { keep: (_, item) => item !== undefined });
