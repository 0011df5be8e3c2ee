import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { emitCloudFormation } from "./cloudformation/emit-cloudformation.js";
import { emitTerraform } from "./terraform/emit-terraform.js";
import { everyKindGraph } from "./test-support/every-kind.js";

/** What no README may hold raw: C0 controls but the line feed, DEL, C1, bidi, zero-width, separators. */
const RAW_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Markdown and HTML that would change the page: a heading, a table cell, a link, raw HTML, a fence. */
const HOSTILE =
  "x | cell ](javascript:alert(1)) <img src=x onerror=alert(1)> ``` *bold* \n# Heading \u001b[31m\u202e";

/** The graph under a hostile application name, with tier `web` renamed (ids and references follow). */
function hostileGraph(name: string, tier: string): ResourceGraph {
  const graph = everyKindGraph("global");
  const renamed = new Map(
    graph.nodes
      .filter((node) => node.tier === "web")
      .map((node) => [node.id, `${tier}.${node.id}`]),
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
        tier: node.tier === "web" ? tier : node.tier,
        props: follow(node.props),
        dependsOn: node.dependsOn.map((id) => renamed.get(id) ?? id),
      }) as GraphNode,
  );
  return { ...graph, name, nodes };
}

const readme = (files: readonly { path: string; contents: string | Uint8Array }[], path: string) =>
  String(files.find((file) => file.path === path)?.contents);

// Terraform's README shows tiers (its stack id is the name, which cdktf checks); CloudFormation's the name.
describe.each([
  ["terraform/README.md", "kitchen", (graph: ResourceGraph) => emitTerraform(graph)],
  ["cloudformation/README.md", HOSTILE, (graph: ResourceGraph) => emitCloudFormation(graph)],
])("%s with a hostile name and tier", (path, name, emit) => {
  const benign = readme(emit(hostileGraph("kitchen", "x")), path);
  const hostile = readme(emit(hostileGraph(name, HOSTILE)), path);
  const lines = hostile.split("\n");

  it("has no raw control character; the escapes are visible", () => {
    expect(hostile).not.toMatch(RAW_CONTROL);
    expect(hostile).toMatch(/\\x1b\\?\[31m/);
    expect(hostile).toContain("\\u202e");
  });

  it("keeps the page's shape: one heading, the same lines, tables and fences as a benign README", () => {
    expect(lines).toHaveLength(benign.split("\n").length);
    expect(lines.filter((line) => line.startsWith("#"))).toHaveLength(
      benign.split("\n").filter((line) => line.startsWith("#")).length,
    );
    if (name === HOSTILE)
      expect(lines[0]).toMatch(/^# x \\\| cell \\\]\(javascript:alert\(1\)\) &lt;img/);
    expect(lines.filter((line) => line.startsWith("```"))).toEqual(
      benign.split("\n").filter((line) => line.startsWith("```")),
    );
    // A table row has as many unescaped cell separators as the benign one.
    const cells = (text: string) =>
      text
        .split("\n")
        .filter((line) => line.startsWith("|"))
        .map((line) => line.replace(/\\\|/g, "").split("|").length);
    expect(cells(hostile)).toEqual(cells(benign));
  });

  it("has no raw HTML, link or emphasis outside code spans (inside one, it is shown as text)", () => {
    const prose = hostile.replace(/(`+)(?!`).*?(?<!`)\1(?!`)/g, "CODE");
    expect(hostile).toContain("x \\| cell"); // the hostile text is in the README at all
    expect(prose).not.toContain("<img");
    expect(prose).not.toMatch(/[^\\]\]\(javascript:/);
    expect(prose).not.toMatch(/[^\\]\*bold/);
    expect(prose).not.toMatch(/^# Heading/m);
  });
});
