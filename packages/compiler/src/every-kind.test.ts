/**
 * The every-kind fixture: the intents under fixtures/every-kind/ compile to
 * graphs that together hold every graph kind. The emitters' and the price
 * mappers' per-kind golden files are made from these graphs, so a kind the
 * compiler cannot produce fails here, by name. Each graph is pinned in
 * fixtures/every-kind/<name>/golden/graph.json (IDIO_UPDATE_GOLDEN=1 rewrites).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KIND_NAMES, type ResourceGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/every-kind/", import.meta.url));
const UPDATE = process.env.IDIO_UPDATE_GOLDEN === "1";
const names = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function compileFixture(name: string): ResourceGraph {
  const file = `fixtures/every-kind/${name}/intent.yaml`;
  const parsed = parseIntent(readFileSync(`${FIXTURES}${name}/intent.yaml`, "utf8"), file);
  expect(
    parsed.diagnostics.filter((d) => d.severity === "error"),
    file,
  ).toEqual([]);
  const { graph, diagnostics } = compile(parsed.intent!, { source: parsed.source! });
  expect(
    diagnostics.filter((d) => d.severity === "error"),
    file,
  ).toEqual([]);
  return graph!;
}

describe("the every-kind fixture", () => {
  it("is more than one intent, each small enough to read", () => {
    expect(names).toEqual(["global", "regional"]);
  });

  it("compiles to graphs that hold every graph kind", () => {
    const produced = new Set(
      names.flatMap((name) => compileFixture(name).nodes.map((n) => n.kind)),
    );
    const missing = KIND_NAMES.filter((kind) => !produced.has(kind));
    expect(missing, "kinds the compiler produced from no fixture intent").toEqual([]);
  });

  it.each(names)("fixtures/every-kind/%s/golden/graph.json is current", (name) => {
    const actual = `${JSON.stringify(compileFixture(name), null, 2)}\n`;
    const file = `${FIXTURES}${name}/golden/graph.json`;
    if (UPDATE) {
      mkdirSync(`${FIXTURES}${name}/golden`, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(actual, `${file} is stale: rerun with IDIO_UPDATE_GOLDEN=1 and review the diff`).toBe(
      readFileSync(file, "utf8"),
    );
  });

  it.each(names)("%s: every listener is in its load balancer's region", (name) => {
    const graph = compileFixture(name);
    const regionOf = new Map(graph.nodes.map((node) => [node.id, node.region ?? "primary"]));
    const listeners = graph.nodes.filter((node) => node.kind === "aws.elbv2.listener");
    expect(listeners.length).toBeGreaterThan(0);
    const misplaced = listeners.flatMap((listener) => {
      const balancer = (listener.props as { loadBalancerArn: { ref: string } }).loadBalancerArn.ref;
      const here = listener.region ?? "primary";
      return here === regionOf.get(balancer) ? [] : [`${listener.id} (${here}) -> ${balancer}`];
    });
    // A listener created in another region than its ALB cannot find it: the apply fails.
    expect(misplaced).toEqual([]);
  });
});
