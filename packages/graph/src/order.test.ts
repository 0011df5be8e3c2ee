import { describe, expect, it } from "vitest";
import type { ResourceGraph } from "./graph.js";
import type { GraphNode } from "./node.js";
import { creationWaves, teardownWaves } from "./order.js";
import { ref } from "./values.js";

function logGroup(id: string, dependsOn: string[] = []): GraphNode {
  return {
    id,
    kind: "aws.logs.log_group",
    tier: null,
    region: "primary",
    props: { name: id, retentionInDays: 30 },
    dependsOn,
    tags: {},
    reason: { summary: "test", pointers: [], calculation: [] },
  };
}

function graphOf(nodes: GraphNode[]): ResourceGraph {
  return { name: "t", environment: "development", region: "us-east-1", nodes };
}

describe("creationWaves", () => {
  it("puts each node after everything it references or depends on", () => {
    const vpc: GraphNode = {
      ...logGroup("network.vpc"),
      kind: "aws.ec2.vpc",
      props: { cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true },
    };
    const igw: GraphNode = {
      ...logGroup("network.igw"),
      kind: "aws.ec2.internet_gateway",
      props: { vpcId: ref("network.vpc") },
    };
    const result = creationWaves(graphOf([igw, logGroup("c", ["network.igw"]), vpc]));
    expect(result).toEqual({ ok: true, waves: [["network.vpc"], ["network.igw"], ["c"]] });
    if (result.ok)
      expect(teardownWaves(result.waves)).toEqual([["c"], ["network.igw"], ["network.vpc"]]);
  });

  it("sorts independent nodes of a wave by id", () => {
    const result = creationWaves(graphOf([logGroup("b"), logGroup("a"), logGroup("c")]));
    expect(result).toEqual({ ok: true, waves: [["a", "b", "c"]] });
  });

  it("reports the nodes of a cycle", () => {
    const result = creationWaves(
      graphOf([logGroup("a", ["b"]), logGroup("b", ["a"]), logGroup("z")]),
    );
    expect(result).toEqual({ ok: false, cycle: ["a", "b", "a"] });
  });
});
