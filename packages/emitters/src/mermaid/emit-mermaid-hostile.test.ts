import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { everyKindGraph } from "../test-support/every-kind.js";
import { emitMermaid } from "./emit-mermaid.js";

/** What no diagram may hold raw: C0 controls but the line feed, DEL, C1, bidi, zero-width, separators. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Everything that could end a label, a node, a line or a fence, or fool a reader. */
const HOSTILE = [
  'x"]',
  "; click n_x call alert(1)",
  "%% comment",
  "\nsubgraph evil",
  "<img src=x onerror=alert(1)>",
  "&amp; #quot;",
  "\u001b[31mred\u001b[0m",
  "\u202egnp.exe",
  "\u0000\u0085\u2028",
  "]]) }} end",
  "```",
].join(" ");

/**
 * The graph with every node of tier `from` moved to a tier named `to`, its ids
 * prefixed with `to`, and every reference to those ids (anywhere in props or
 * dependsOn) following them.
 */
function renameTier(graph: ResourceGraph, from: string, to: string): ResourceGraph {
  const renamed = new Map(
    graph.nodes.filter((node) => node.tier === from).map((node) => [node.id, `${to}.${node.id}`]),
  );
  const follow = (value: unknown): unknown => {
    if (typeof value === "string") return renamed.get(value) ?? value;
    if (Array.isArray(value)) return value.map(follow);
    if (typeof value === "object" && value !== null)
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, follow(inner)]));
    return value;
  };
  const nodes = graph.nodes.map(
    (node) =>
      ({
        ...node,
        id: renamed.get(node.id) ?? node.id,
        tier: node.tier === from ? to : node.tier,
        props: follow(node.props),
        dependsOn: node.dependsOn.map((id) => renamed.get(id) ?? id),
      }) as GraphNode,
  );
  return { ...graph, nodes };
}

/**
 * The diagram's structure: label texts emptied, Mermaid ids made anonymous,
 * the arrows (sorted by id in the diagram, so in another order) sorted again.
 */
function structure(diagram: string): string[] {
  const lines = diagram
    .replace(/"[^"\n]*"/g, '""')
    .replace(/n_[A-Za-z0-9_]+/g, "n_")
    .split("\n");
  const arrow = (line: string) => / (-->|-\.) /.test(line);
  return [...lines.filter((line) => !arrow(line)), ...lines.filter(arrow).sort()];
}

describe("emitMermaid with hostile tier names and node ids", () => {
  // "x" sorts among the tiers where the hostile name (which starts with x") does.
  const benign = emitMermaid(renameTier(everyKindGraph("global"), "web", "x"));
  const hostile = emitMermaid(renameTier(everyKindGraph("global"), "web", HOSTILE));

  it("draws the hostile tier (the test reaches the labels)", () => {
    expect(hostile).toContain('["tier x#quot;]');
    expect(benign).toContain('["tier x"]');
  });

  it("has no raw control, bidi or separator character", () => {
    expect(hostile).not.toMatch(RAW_CONTROL);
    expect(hostile).toContain("\\x1b[31mred\\x1b[0m");
    expect(hostile).toContain("\\u202egnp.exe");
    expect(hostile).toContain("\\x00\\x85 "); // U+2028 is a line break: a space in a label
  });

  it("keeps every label inside its quotes: same lines and shapes as the benign diagram", () => {
    expect(hostile.split("\n")).toHaveLength(benign.split("\n").length);
    expect(structure(hostile)).toEqual(structure(benign));
    // Every quote, angle bracket and backtick of the name is an entity code, never raw text.
    const labels = hostile.match(/"[^"\n]*"/g) ?? [];
    const hostileLabels = labels.filter((label) => label.includes("#quot;]"));
    expect(hostileLabels.length).toBeGreaterThan(3);
    for (const label of hostileLabels) {
      expect(label).toContain(
        "x#quot;] ; click n_x call alert(1) %% comment  subgraph evil #lt;img src=x onerror=alert(1)#gt; #amp;amp; #35;quot;",
      );
      expect(label).toContain("]]) }} end #96;#96;#96;");
    }
  });

  it("has no Markdown fence and no line starting a Mermaid comment or a subgraph of the user's", () => {
    expect(hostile).not.toContain("```");
    expect(hostile.split("\n").filter((line) => /^\s*%%/.test(line))).toEqual([]);
    expect(hostile).not.toMatch(/^\s*subgraph evil/m);
  });
});
