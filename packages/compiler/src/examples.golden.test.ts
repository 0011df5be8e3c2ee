import { expectGolden, goldenJson } from "@idio-iac/testing";
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

describe("golden graphs of the examples", () => {
  it.each(exampleNames())("examples/%s/golden/graph.json is current", (name) => {
    const { intent, source } = loadExample(name);
    const { graph, diagnostics } = compile(intent, { source });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const { order, rollback } = orderGraph(graph!);
    expectGolden(
      `${EXAMPLES_DIR}${name}/golden/graph.json`,
      goldenJson({ graph, order, rollback }),
    );
  });
});
