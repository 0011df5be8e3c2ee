import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { CompileCode } from "./diagnostic-codes.js";
import { orderGraph } from "./order-graph.js";

function logGroup(id: string, dependsOn: string[]): GraphNode {
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

const graphOf = (nodes: GraphNode[]): ResourceGraph => ({
  name: "t",
  environment: "development",
  region: "us-east-1",
  nodes,
});

describe("orderGraph", () => {
  it("orders in waves and rolls back in reverse", () => {
    const result = orderGraph(
      graphOf([logGroup("a", []), logGroup("b", ["a"]), logGroup("c", ["a"])]),
    );
    expect(result).toEqual({
      order: [["a"], ["b", "c"]],
      rollback: [["b", "c"], ["a"]],
      diagnostics: [],
    });
  });

  it("reports a cycle as an IDIO bug, never as an order", () => {
    const result = orderGraph(graphOf([logGroup("a", ["b"]), logGroup("b", ["a"])]), "intent.yaml");
    expect(result.order).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      {
        code: CompileCode.DependencyCycle,
        severity: "error",
        file: "intent.yaml",
        message: "Internal error: dependency cycle a -> b -> a.",
      },
    ]);
    expect(result.diagnostics[0]!.hint).toContain("bug in IDIO");
  });

  it("reports a dangling dependency as an IDIO bug", () => {
    const result = orderGraph(graphOf([logGroup("a", ["missing"])]));
    expect(result.diagnostics).toMatchObject([
      {
        code: CompileCode.GraphIntegrity,
        message: "Internal error: node a depends on missing node missing.",
      },
    ]);
  });
});
