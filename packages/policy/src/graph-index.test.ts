import { collectRefs, indexGraph, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { graphIndex } from "./graph-index.js";
import { loadLab } from "./test-support/lab-graph.js";

/** The index as @idio-iac/graph's generic helpers build it (what graphIndex replaced). */
function reference(graph: ResourceGraph) {
  const index = indexGraph(graph);
  const position = new Map(graph.nodes.map((node, at) => [node, at]));
  const positionsOf = (nodes: readonly GraphNode[]) => nodes.map((node) => position.get(node)!);
  const referencedBy = new Map<string, number[]>();
  graph.nodes.forEach((node, at) => {
    for (const id of new Set(collectRefs(node.props).map((ref) => ref.ref))) {
      referencedBy.set(id, [...(referencedBy.get(id) ?? []), at]);
    }
  });
  return {
    byKind: Object.fromEntries(
      [...index.byKind].map(([kind, nodes]) => [kind, positionsOf(nodes)]),
    ),
    byId: Object.fromEntries(index.positions),
    referencedBy: Object.fromEntries(referencedBy),
  };
}

const node = (id: string, kind: string, props: Record<string, unknown>): GraphNode =>
  ({
    id,
    kind,
    region: "primary",
    props,
    dependsOn: [],
    tags: {},
    reason: { summary: "", pointers: [], calculation: [] },
  }) as unknown as GraphNode;

describe("graphIndex", () => {
  it("matches the generic index on the every-kind graph, key order included", () => {
    const { graph } = loadLab();
    const index = graphIndex(graph);
    expect(JSON.stringify(index)).toBe(JSON.stringify(reference(graph)));
    expect(Object.keys(index.referencedBy).length).toBeGreaterThan(50);
  });

  it("lists a node once per id it references, skips look-alikes, and keeps __proto__ a key", () => {
    const graph = {
      name: "t",
      environment: "production",
      region: "us-east-1",
      nodes: [
        node("__proto__", "aws.s3.bucket", {}),
        node("a", "aws.s3.bucket_policy", {
          bucket: { ref: "__proto__", attr: "id" },
          again: [{ ref: "__proto__", attr: "arn" }, { join: [{ ref: "b", attr: "arn" }] }],
          // Not references: a third key, or a non-string attr.
          notRef: { ref: "c", attr: "id", extra: 1 },
          alsoNot: { ref: "c", attr: 1 },
        }),
        node("b", "aws.s3.bucket", { policy: { ref: "a", attr: "id" } }),
      ],
    } as unknown as ResourceGraph;
    const index = graphIndex(graph);
    // As JSON text: an object literal's `__proto__` would set the prototype instead.
    expect(JSON.stringify(index)).toBe(
      '{"byKind":{"aws.s3.bucket":[0,2],"aws.s3.bucket_policy":[1]},' +
        '"byId":{"__proto__":0,"a":1,"b":2},' +
        '"referencedBy":{"__proto__":[1],"b":[1],"a":[2]}}',
    );
    expect(JSON.stringify(index)).toBe(JSON.stringify(reference(graph)));
  });
});
