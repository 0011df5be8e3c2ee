import { describe, expect, it } from "vitest";
import { autoFix } from "./auto-fix.js";
import { evaluatePolicies } from "./evaluate-policies.js";
import { frozen, loadLab, mutableCopy, nodeOf } from "./test-support/lab-graph.js";
import type { PolicyContext } from "./types.js";

/** The lab graph with two unencrypted buckets' worth of trouble: uploads loses versioning, docs too. */
function brokenGraph() {
  const graph = mutableCopy(loadLab().graph);
  nodeOf(graph, "aws.s3.bucket", (n) => n.id === "uploads.bucket").props.versioning = false;
  nodeOf(graph, "aws.s3.bucket", (n) => n.id === "docs.bucket").props.versioning = false;
  return frozen(graph);
}

function withWaivers(waivers: PolicyContext["waivers"], today = "2026-06-01"): PolicyContext {
  return { ...loadLab().context, waivers, today };
}

const reason = "Versioning off while the migration runs (CHG-42).";

describe("waivers", () => {
  it("accept one resource's finding and keep the reason", () => {
    const report = evaluatePolicies(
      brokenGraph(),
      withWaivers([{ rule: "IDIO-S3-005", resource: "uploads.bucket", reason }]),
    );
    expect(report.findings.map((f) => f.resourceId)).toEqual(["docs.bucket"]);
    expect(report.waived).toMatchObject([
      { ruleId: "IDIO-S3-005", resourceId: "uploads.bucket", waiver: { reason }, fixable: false },
    ]);
    expect(report.diagnostics).toEqual([]);
  });

  it("accept every resource's finding when no resource is named", () => {
    const report = evaluatePolicies(brokenGraph(), withWaivers([{ rule: "IDIO-S3-005", reason }]));
    expect(report.findings).toEqual([]);
    expect(report.waived).toHaveLength(2);
  });

  it("stop applying after their expiry date, which is reported at the waiver's line", () => {
    const report = evaluatePolicies(
      brokenGraph(),
      withWaivers([{ rule: "IDIO-S3-005", reason, expires: "2026-05-31" }], "2026-06-01"),
    );
    expect(report.findings).toHaveLength(2);
    expect(report.diagnostics).toMatchObject([
      { code: "IDIO501", severity: "warning", path: "/policy/waivers/0/expires" },
    ]);
    // Still in force on the expiry day itself.
    const lastDay = evaluatePolicies(
      brokenGraph(),
      withWaivers([{ rule: "IDIO-S3-005", reason, expires: "2026-06-01" }], "2026-06-01"),
    );
    expect(lastDay.findings).toEqual([]);
  });

  it("report a waiver that matches nothing, and one naming an unknown rule", () => {
    const report = evaluatePolicies(
      loadLab().graph,
      withWaivers([
        { rule: "IDIO-S3-005", resource: "gone.bucket", reason },
        { rule: "IDIO-XYZ-999", reason },
      ]),
    );
    expect(report.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["IDIO502", "/policy/waivers/0"],
      ["IDIO503", "/policy/waivers/1/rule"],
    ]);
  });

  it("keep auto-fix away from the finding they accept", () => {
    const fixed = autoFix(
      brokenGraph(),
      withWaivers([{ rule: "IDIO-S3-005", resource: "uploads.bucket", reason }]),
    );
    expect(fixed.applied.map((change) => [change.ruleId, change.resourceId])).toEqual([
      ["IDIO-S3-005", "docs.bucket"],
    ]);
    expect(fixed.remaining.waived.map((f) => f.resourceId)).toEqual(["uploads.bucket"]);
  });
});
