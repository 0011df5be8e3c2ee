import { describe, expect, it } from "vitest";
import type { ResourceGraph } from "./graph.js";
import { indexGraph } from "./graph-index.js";
import type { GraphNode } from "./node.js";
import { join, ref } from "./values.js";

const node = (id: string, kind: string, props: object): GraphNode =>
  ({ id, kind, tier: null, region: "primary", props, dependsOn: [], tags: {} }) as never;

const graph: ResourceGraph = {
  name: "n",
  environment: "production",
  region: "us-east-1",
  nodes: [
    node("a", "aws.ec2.vpc", {}),
    node("b", "aws.ec2.subnet", { vpcId: ref("a"), again: [ref("a", "arn")] }),
    node("c", "aws.ec2.subnet", { name: join("x-", ref("b")), vpcId: ref("a") }),
  ],
};

describe("indexGraph", () => {
  const index = indexGraph(graph);
  it("finds nodes by id, position and kind", () => {
    expect(index.node("b")?.kind).toBe("aws.ec2.subnet");
    expect(index.node("z")).toBeUndefined();
    expect([...index.positions]).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    expect(index.byKind.get("aws.ec2.subnet")?.map((n) => n.id)).toEqual(["b", "c"]);
  });
  it("lists referrers once each, in graph order, references inside a Join included", () => {
    expect(index.referrers("a").map((n) => n.id)).toEqual(["b", "c"]);
    expect(index.referrers("b").map((n) => n.id)).toEqual(["c"]);
    expect(index.referrers("c")).toEqual([]);
    expect([...index.referencedBy().keys()]).toEqual(["a", "b"]);
  });
});
