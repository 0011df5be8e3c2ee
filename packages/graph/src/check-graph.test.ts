import { describe, expect, it } from "vitest";
import { checkGraph } from "./check-graph.js";
import type { GraphNode } from "./node.js";
import { ref } from "./values.js";

const base = {
  tier: null,
  region: "primary",
  tags: {},
  reason: { summary: "", pointers: [], calculation: [] },
} as const;

describe("checkGraph", () => {
  it("accepts references to declared attributes of existing nodes", () => {
    const nodes: GraphNode[] = [
      {
        ...base,
        id: "k",
        kind: "aws.kms.key",
        dependsOn: [],
        props: {
          description: "k",
          enableKeyRotation: true,
          deletionWindowInDays: 30,
          multiRegion: false,
          servicePrincipals: [],
        },
      },
      {
        ...base,
        id: "a",
        kind: "aws.kms.alias",
        dependsOn: ["k"],
        props: { name: "alias/k", targetKeyId: ref("k", "keyId") },
      },
    ];
    expect(
      checkGraph({ name: "t", environment: "production", region: "us-east-1", nodes }),
    ).toEqual([]);
  });

  it("reports missing nodes, undeclared attributes and duplicate ids", () => {
    const nodes: GraphNode[] = [
      {
        ...base,
        id: "a",
        kind: "aws.kms.alias",
        dependsOn: ["ghost"],
        props: { name: "alias/k", targetKeyId: ref("k", "nope") },
      },
      {
        ...base,
        id: "a",
        kind: "aws.kms.alias",
        dependsOn: [],
        props: { name: "alias/k", targetKeyId: ref("a", "nope") },
      },
    ];
    const messages = checkGraph({
      name: "t",
      environment: "production",
      region: "us-east-1",
      nodes,
    }).map((p) => p.message);
    expect(messages).toEqual([
      "duplicate node id",
      "references missing node k",
      "depends on missing node ghost",
      "references a.nope, which aws.kms.alias does not expose",
    ]);
  });
});
