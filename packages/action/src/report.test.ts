import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { plan } from "idio-iac";
import { absentPlan, diffPlans } from "@idio-iac/cli/diff";
import { emitMermaid } from "@idio-iac/emitters/mermaid";
import { MAX_COMMENT_CHARS, renderReport, type IntentReport } from "./report.js";

const GOLDEN = fileURLToPath(new URL("../../cli/src/diff/golden/", import.meta.url));
const head = plan(readFileSync(`${GOLDEN}head.yaml`, "utf8"), {
  fileName: "head.yaml",
  today: "2026-06-01",
}).plan!;
const base = plan(readFileSync(`${GOLDEN}base.yaml`, "utf8"), {
  fileName: "base.yaml",
  today: "2026-06-01",
}).plan!;
const options = {
  approval: { state: "not-needed" as const, reasons: [] },
  approvers: [],
  approvedLabel: "idio-approved",
};

function report(path: string, added = false): IntentReport {
  return {
    path,
    status: added ? "added" : "changed",
    diff: diffPlans(added ? absentPlan(head) : base, head, {
      baseLabel: "b",
      headLabel: path,
      today: "2026-06-01",
    }),
    diagram: emitMermaid(head.graph),
    diagnostics: [],
  };
}

describe("renderReport", () => {
  it("shows one intent whole, with its diagram, and no table of contents", () => {
    const text = renderReport([report("apps/a/intent.yaml")], options);
    expect(text).toMatch(
      /^## IDIO: 1 intent changed\n\n\*\*\$[\d.,]+\/month \(\+\$[\d.,]+, \+[\d.]+%\)\*\*\n/,
    );
    expect(text).not.toContain("| Intent | Summary |");
    expect(text).toContain("```mermaid");
  });

  it("stays under GitHub's comment limit for hundreds of intents: diagrams go first, then rows, then text", () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      report(`apps/${String(i).padStart(3, "0")}/intent.yaml`, true),
    );
    const text = renderReport(many, {
      ...options,
      runUrl: "https://github.com/acme/shop/actions/runs/1",
    });
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(text).not.toContain("```mermaid");
    expect(text).toContain("## IDIO: 300 intents changed");
    expect(
      text.endsWith(
        "… cut to fit a comment: the full report is in the [job summary](https://github.com/acme/shop/actions/runs/1).\n",
      ),
    ).toBe(true);
    const few = renderReport(many.slice(0, 12), options);
    expect(few.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(few).not.toContain("```mermaid");
    expect(few).not.toContain("cut to fit");
  });

  it("says what needs approval and from whom", () => {
    const text = renderReport([report("apps/a/intent.yaml")], {
      approval: {
        state: "required",
        reasons: [{ condition: "waivers", intents: ["apps/a/intent.yaml"] }],
      },
      approvers: ["alice", "acme/platform"],
      approvedLabel: "ok-to-spend",
    });
    expect(text).toContain(
      [
        "> [!IMPORTANT]",
        "> **Approval required** before this change can merge:",
        "> - **waivers**: `apps/a/intent.yaml`",
        ">",
        "> Approve with a review from @alice or @acme/platform or the label `ok-to-spend`; then re-run this check.",
      ].join("\n"),
    );
  });
});
