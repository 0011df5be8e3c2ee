import type { GraphNode } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

const keyOf = (tiers: unknown[]) => {
  const graph = compile(resolveIntent(baseDocument({ tiers } as never))).graph!;
  return graph.nodes.find((n) => n.id === "security.kms.key") as GraphNode<"aws.kms.key">;
};

describe("the application key", () => {
  it("admits Auto Scaling's service-linked role when an EC2 tier encrypts its volumes with it", () => {
    const key = keyOf([{ name: "web", type: "web", compute: "ec2", expectedRps: 20 }]);
    expect(key.props.serviceLinkedRoles).toEqual(["autoscaling"]);
    expect(key.reason.summary).toContain("Auto Scaling's service-linked role");
  });

  it("names no service-linked role without EC2 tiers", () => {
    const key = keyOf([{ name: "web", type: "web", compute: "fargate", expectedRps: 20 }]);
    expect(key.props.serviceLinkedRoles).toBeUndefined();
  });
});
