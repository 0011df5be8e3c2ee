import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPUTE_DECISION_TABLE } from "./decide/select-compute.js";

const doc = readFileSync(new URL("../../../docs/compiler.md", import.meta.url), "utf8");

describe("docs/compiler.md", () => {
  it("documents every row of the compute decision table, in order", () => {
    const documented = [...doc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(COMPUTE_DECISION_TABLE.map((row) => row.rule));
  });

  it("leaves the codes to docs/diagnostics.md (core's registry test checks them) and links there", () => {
    expect(doc).toContain("](diagnostics.md#compiler)");
    expect(doc).not.toMatch(/^\| IDIO\d{3} \|/m);
  });
});
