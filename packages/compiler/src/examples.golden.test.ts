import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { orderGraph } from "./order-graph.js";
import { EXAMPLES_DIR, exampleNames, loadExample } from "./test-support/intents.js";

/**
 * Golden plans: examples/<name>/golden/graph.json holds the graph, order and
 * rollback each example compiles to, so any change in compiler behaviour
 * shows up as a reviewed diff. After an intended change, regenerate with
 *   IDIO_UPDATE_GOLDEN=1 npx vitest run packages/compiler/src/examples.golden.test.ts
 * and review `git diff examples/`.
 */
const UPDATE = process.env.IDIO_UPDATE_GOLDEN === "1";
/** A new example gets its golden file on a developer's first run; CI requires it committed. */
const CI = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";

describe("golden graphs of the examples", () => {
  it.each(exampleNames())("examples/%s/golden/graph.json is current", (name) => {
    const { intent, source } = loadExample(name);
    const { graph, diagnostics } = compile(intent, { source });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const { order, rollback } = orderGraph(graph!);
    const actual = `${JSON.stringify({ graph, order, rollback }, null, 2)}\n`;
    const dir = `${EXAMPLES_DIR}${name}/golden`;
    const file = `${dir}/graph.json`;
    if (UPDATE || (!existsSync(file) && !CI)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(actual, `${file} is stale: rerun with IDIO_UPDATE_GOLDEN=1 and review the diff`).toBe(
      readFileSync(file, "utf8"),
    );
  });
});
