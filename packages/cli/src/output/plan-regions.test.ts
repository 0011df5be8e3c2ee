import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { plan } from "idio-iac";
import { renderPlanSummary } from "../plan-summary.js";
import { renderPlanMarkdown } from "./plan-markdown.js";

const INTENT = fileURLToPath(
  new URL("../../../../examples/ecommerce-platform/intent.yaml", import.meta.url),
);

// The compiler builds extra serving regions from the intent's `regions`; here the graph
// only lists them, which is all the header lines read.
function planWithRegions(regions: readonly string[] | undefined) {
  const result = plan(readFileSync(INTENT, "utf8"), {
    fileName: "intent.yaml",
    today: "2026-11-21",
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const p = result.plan!;
  return {
    plan: regions ? { ...p, graph: { ...p.graph, regions } } : p,
    tiers: result.tiers!,
  };
}

describe("plan output names the extra serving regions", () => {
  it("in the summary's first line and plan.md's region row, after the primary", () => {
    for (const [regions, summary, row] of [
      [
        undefined,
        "us-east-1 + DR us-west-2,",
        "| region | us-east-1 (disaster recovery in us-west-2) |",
      ],
      [
        ["eu-west-1", "us-east-2"],
        "us-east-1 + eu-west-1 + us-east-2 + DR us-west-2,",
        "| region | us-east-1; also serving from eu-west-1, us-east-2 (disaster recovery in us-west-2) |",
      ],
    ] as const) {
      const { plan: p, tiers } = planWithRegions(regions);
      if (p.graph.drRegion === undefined) throw new Error("the intent's DR region is gone");
      expect(renderPlanSummary(p, tiers).split("\n")[0]).toContain(`(production, ${summary}`);
      expect(
        renderPlanMarkdown(p, tiers, "flowchart TB\n", { targets: [], files: [] }).split("\n"),
      ).toContain(row);
    }
  });
});
