import { describe, expect, it } from "vitest";
import { checkGraph } from "./check-graph.js";
import type { ResourceGraph } from "./graph.js";
import type { GraphNode, NodeRegion } from "./node.js";
import { awsRegionOf, IdioArgumentError, isRegionCode } from "./index.js";

function key(id: string, region: NodeRegion): GraphNode {
  return {
    id,
    kind: "aws.kms.key",
    tier: null,
    region,
    props: {
      description: id,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      multiRegion: false,
      servicePrincipals: [],
    },
    dependsOn: [],
    tags: {},
    reason: { summary: "", pointers: [], calculation: [] },
  };
}

const graph = (nodes: GraphNode[], extra: Partial<ResourceGraph> = {}): ResourceGraph => ({
  name: "t",
  environment: "production",
  region: "eu-west-1",
  drRegion: "eu-central-1",
  regions: ["us-west-2", "ap-southeast-2"],
  nodes,
  ...extra,
});

describe("awsRegionOf", () => {
  it("resolves primary, dr, edge and an extra region's code", () => {
    const g = graph([]);
    expect(awsRegionOf(g, key("a", "primary"))).toBe("eu-west-1");
    expect(awsRegionOf(g, key("a", "dr"))).toBe("eu-central-1");
    expect(awsRegionOf(g, key("a", "edge"))).toBe("us-east-1");
    expect(awsRegionOf(g, key("a", "us-west-2"))).toBe("us-west-2");
    expect(awsRegionOf(g, key("a", "ap-southeast-2"))).toBe("ap-southeast-2");
  });

  it("refuses a region it cannot resolve with IdioArgumentError", () => {
    const g = graph([], { drRegion: undefined, regions: ["us-west-2"] });
    expect(() => awsRegionOf(g, key("a", "dr"))).toThrow(
      'awsRegionOf(): argument "graph.drRegion" must be set: a node is in the DR region',
    );
    expect(() => awsRegionOf(g, key("a", "mars-north-1"))).toThrow(IdioArgumentError);
    expect(() => awsRegionOf(g, key("a", "mars-north-1"))).toThrow(
      'awsRegionOf(): argument "node.region" is in region "mars-north-1", which is neither "primary", "dr", "edge" nor an AWS region IDIO knows (us-east-1, us-east-2, us-west-1, …)',
    );
    expect(() => awsRegionOf(g, key("a", "eu-north-1"))).toThrow(
      'argument "node.region" is in region "eu-north-1", which the graph\'s regions (us-west-2) do not list',
    );
    expect(() => awsRegionOf({ region: 5 } as never, key("a", "primary"))).toThrow(
      'awsRegionOf(): argument "graph.region" must be a string; got 5',
    );
  });

  it("tells codes from the named sites", () => {
    expect(
      ["primary", "dr", "edge", "us-west-2"].map((r) => isRegionCode(r as NodeRegion)),
    ).toEqual([false, false, false, true]);
  });
});

describe("checkGraph on regions", () => {
  it("accepts nodes in listed extra regions IDIO knows", () => {
    const g = graph([key("a", "primary"), key("us-west-2.a", "us-west-2"), key("dr.a", "dr")]);
    expect(checkGraph(g)).toEqual([]);
  });

  it("names each node whose region the graph cannot resolve", () => {
    const g = graph(
      [
        key("a", "mars-north-1"),
        key("b", "eu-west-1"),
        key("c", "eu-central-1"),
        key("d", "sa-east-1"),
        key("e", "dr"),
      ],
      { drRegion: undefined },
    );
    expect(checkGraph(g)).toEqual([
      {
        nodeId: "a",
        message:
          'is in region "mars-north-1", which is neither "primary", "dr", "edge" nor an AWS region IDIO knows (us-east-1, us-east-2, us-west-1, …)',
      },
      {
        nodeId: "b",
        message: 'is in region "eu-west-1", the graph\'s primary region: its region is "primary"',
      },
      {
        nodeId: "c",
        message:
          'is in region "eu-central-1", which the graph\'s regions (us-west-2, ap-southeast-2) do not list',
      },
      {
        nodeId: "d",
        message:
          'is in region "sa-east-1", which the graph\'s regions (us-west-2, ap-southeast-2) do not list',
      },
      { nodeId: "e", message: 'is in region "dr" but the graph has no drRegion' },
    ]);
    expect(checkGraph(graph([key("c", "eu-central-1")])).map((problem) => problem.message)).toEqual(
      ['is in region "eu-central-1", the graph\'s disaster-recovery region: its region is "dr"'],
    );
  });
});
