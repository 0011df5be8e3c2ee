// The `@idio-iac/cli/diff` subpath as a library user imports it: the guarded
// functions refuse bad arguments with IdioArgumentError and work on real plans.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { absentPlan, diffPlans, renderDiffText, summaryLine, usd } from "@idio-iac/cli/diff";
import { IdioArgumentError } from "@idio-iac/graph";
import { plan } from "idio-iac";

const intent = readFileSync(fileURLToPath(new URL("./golden/base.yaml", import.meta.url)), "utf8");

describe("@idio-iac/cli/diff", () => {
  it("refuses a value that is not a plan diff, naming the first missing part", () => {
    expect(() => renderDiffText({} as never)).toThrow(IdioArgumentError);
    expect(() => renderDiffText({} as never)).toThrow(
      'renderDiffText(): argument "diff.base" must be an object; got undefined',
    );
    expect(() =>
      diffPlans({} as never, {} as never, { baseLabel: "main", headLabel: "pr" }),
    ).toThrow('diffPlans(): argument "base.intent" must be an object; got undefined');
    expect(() => usd(Number.NaN)).toThrow(
      'usd(): argument "microsValue" must be a finite number; got NaN',
    );
  });

  it("diffs a real plan against its absence", () => {
    const head = plan(intent, { fileName: "intent.yaml", fix: false, today: "2026-06-01" }).plan!;
    const diff = diffPlans(absentPlan(head), head, { baseLabel: "main", headLabel: "pr" });
    expect(diff.resources.added.length).toBe(head.graph.nodes.length);
    expect(diff.resources.removed).toEqual([]);
    expect(summaryLine(diff)).toMatch(
      new RegExp(`^${head.graph.nodes.length} to add, 0 to change, 0 to remove · `),
    );
  });
});
