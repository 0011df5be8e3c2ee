import { parseIntent, type Intent } from "@idio-iac/intent-schema";
import { DESIGN_INTENT } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { baseDocument, resolveIntent } from "./test-support/intents.js";

/** The original design's intent (issue 13) with a domain added (design-intent-as-written.test.ts has it without). */
const DESIGN_WITH_DOMAIN = DESIGN_INTENT.replace("\ntiers:", "\ndomain: shop.example.com\ntiers:");

function parsed(text: string): Intent {
  const result = parseIntent(text, "design.yaml");
  if (result.intent === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return result.intent;
}

const subnetGroupsOf = (intent: Intent) =>
  graphOf(intent)
    .nodes.filter(
      (node) =>
        node.kind === "aws.rds.subnet_group" || node.kind === "aws.elasticache.subnet_group",
    )
    .map((node) => [node.id, JSON.stringify(node.props).includes("isolated")]);

function graphOf(intent: Intent) {
  const { graph, diagnostics } = compile(intent);
  if (graph === undefined) throw new Error(JSON.stringify(diagnostics));
  return graph;
}

describe("the design's intent", () => {
  it("compiles with a domain, with no error, its data tiers in isolated subnets", () => {
    const intent = parsed(DESIGN_WITH_DOMAIN);
    const result = compile(intent);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const groups = subnetGroupsOf(intent);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.every(([, isolated]) => isolated)).toBe(true);
  });
});

describe("networkIsolation levels build what their booleans built", () => {
  const graphWith = (networkIsolation: unknown) =>
    graphOf(
      resolveIntent(
        baseDocument({ security: { networkIsolation } } as Parameters<typeof baseDocument>[0]),
      ),
    );

  it("vpc and vpc-isolated build exactly what true builds", () => {
    const reference = JSON.stringify(graphWith(true));
    expect(JSON.stringify(graphWith("vpc"))).toBe(reference);
    expect(JSON.stringify(graphWith("vpc-isolated"))).toBe(reference);
  });

  it("none builds exactly what false builds, and differs from vpc", () => {
    const reference = JSON.stringify(graphWith(false));
    expect(JSON.stringify(graphWith("none"))).toBe(reference);
    expect(reference).not.toBe(JSON.stringify(graphWith("vpc")));
  });

  it("places the database's subnets by level", () => {
    const layerOf = (level: string) =>
      subnetGroupsOf(
        resolveIntent(
          baseDocument({ security: { networkIsolation: level } } as Parameters<
            typeof baseDocument
          >[0]),
        ),
      );
    expect(layerOf("none")).toEqual([["db.subnet-group", false]]);
    expect(layerOf("vpc")).toEqual([["db.subnet-group", true]]);
  });
});
