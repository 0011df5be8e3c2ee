import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../compile.js";
import { orderGraph } from "../order-graph.js";
import { loadExample } from "./intents.js";
import {
  literalSecrets,
  openIngressViolations,
  orderViolations,
  wildcardAllows,
} from "./invariants.js";

/** The invariant checks must be able to fail, or the tests that use them prove nothing. */
describe("invariant checks catch what they look for", () => {
  const { intent } = loadExample("ecommerce-platform");
  const graph = compile(intent).graph!;
  const replace = (id: string, change: (node: GraphNode) => GraphNode): ResourceGraph => ({
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === id ? change(n) : n)),
  });

  it("open ingress on a database port", () => {
    const bad = replace(
      "db.sg.ingress.api",
      (n) =>
        ({
          ...n,
          props: { ...n.props, sourceSecurityGroupId: undefined, cidrIpv4: "0.0.0.0/0" },
        }) as GraphNode,
    );
    expect(openIngressViolations(bad)).toEqual(["db.sg.ingress.api: 0.0.0.0/0 on 5432-5432"]);
  });

  it("a wildcard action", () => {
    const bad = replace("api.task.role", (n) => {
      if (n.kind !== "aws.iam.role") return n;
      return {
        ...n,
        props: {
          ...n.props,
          inlinePolicies: [
            {
              name: "x",
              statements: [
                { sid: "All", effect: "Allow", actions: ["dynamodb:*"], resources: ["*"] },
              ],
            },
          ],
        },
      };
    });
    expect(wildcardAllows(bad)).toEqual(["api.task.role: All"]);
  });

  it("a literal password", () => {
    const bad = replace(
      "db.cluster",
      (n) => ({ ...n, props: { ...n.props, masterPassword: "hunter2" } }) as unknown as GraphNode,
    );
    expect(literalSecrets(bad)).toEqual(["db.cluster/masterPassword"]);
  });

  it("an order that puts a node before its dependency", () => {
    const waves = orderGraph(graph).order!;
    const swapped = [waves[1]!, waves[0]!, ...waves.slice(2)];
    expect(orderViolations(graph, swapped).length).toBeGreaterThan(0);
  });
});
