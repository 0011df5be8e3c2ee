import { parseIntent } from "@idio-iac/intent-schema";
import { DESIGN_INTENT } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";

/**
 * The original design's intent exactly as issue 13 gives it (no apiVersion,
 * unnamed tiers, no connectsTo, no domain). Its Terraform and CloudFormation
 * are checked by the tools tests (emitters test-support/dns-variants.ts,
 * "design-intent-issue-13").
 */
describe("the design's intent, exactly as written", () => {
  const parsed = parseIntent(DESIGN_INTENT, "design.yaml");
  const result = compile(parsed.intent!, { source: parsed.source! });

  it("parses and compiles with warnings only", () => {
    expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.graph).toBeDefined();
  });

  it("says what it inferred: web -> api -> database and cache, in one warning", () => {
    expect(
      result.diagnostics.filter((d) => d.code === "IDIO424").map((d) => [d.line, d.message]),
    ).toEqual([
      [
        3,
        "No tier states connectsTo, so IDIO inferred the wiring: web -> api, api -> database, api -> cache. Security groups, IAM permissions and connection settings follow these edges.",
      ],
    ]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain("IDIO425");
  });

  it("fits its $10,000 budget with a burstable cache for the cache's small load, the database kept general-purpose", () => {
    expect(result.tiers!.map((t) => [t.name, t.size])).toEqual([
      ["web", "0.5 vCPU / 1024 MiB"],
      ["api", "1 vCPU / 2048 MiB"],
      ["database", "db.r7g.2xlarge"],
      ["cache", "cache.t4g.small"],
    ]);
    // 99.99: one NAT gateway per AZ whatever the budget; the pilot light's idle DR VPC has one.
    const nat = result.graph!.nodes.filter((n) => n.kind === "aws.ec2.nat_gateway");
    expect(nat.filter((n) => n.region === "primary")).toHaveLength(3);
    expect(nat.filter((n) => n.region === "dr").map((n) => n.id)).toEqual(["dr.network.nat.a"]);
  });
});
