import { describe, expect, it } from "vitest";
import { exampleNames, readExample } from "@idio-iac/testing";
import { compileText } from "../test-support/compiled-examples.js";
import { APPLIED_BY_DEFAULT } from "./moto-examples.js";

/** The kinds one example's graph holds, and whether it spans regions. */
function shape(name: string): { kinds: Set<string>; regions: Set<string> } {
  const { graph } = compileText(readExample(name), `examples/${name}/intent.yaml`);
  return {
    kinds: new Set(graph.nodes.map((n) => n.kind)),
    regions: new Set(graph.nodes.map((n) => n.region)),
  };
}

// Cheap (compiles only), so it runs without IDIO_E2E: what CI applies stands for every example.
describe("the examples IDIO_E2E=1 applies", () => {
  const shapes = new Map(exampleNames().map((name) => [name, shape(name)]));
  const union = (names: readonly string[]) =>
    new Set(names.flatMap((name) => [...shapes.get(name)!.kinds]));

  it("are examples, listed once", () => {
    expect(APPLIED_BY_DEFAULT.filter((name) => !shapes.has(name))).toEqual([]);
    expect(new Set(APPLIED_BY_DEFAULT).size).toBe(APPLIED_BY_DEFAULT.length);
  });

  it("emit every kind any example emits", () => {
    const applied = union(APPLIED_BY_DEFAULT);
    expect([...union(exampleNames())].filter((kind) => !applied.has(kind))).toEqual([]);
  });

  it("include a recovery region and extra serving regions", () => {
    const regions = APPLIED_BY_DEFAULT.flatMap((name) => [...shapes.get(name)!.regions]);
    expect(regions).toContain("dr");
    expect(regions.filter((r) => /^[a-z]+-[a-z]+-\d$/.test(r)).length).toBeGreaterThanOrEqual(2);
  });
});
