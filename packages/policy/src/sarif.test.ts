import { describe, expect, it } from "vitest";
import { evaluatePolicies } from "./evaluate-policies.js";
import { builtinRules } from "./rules.js";
import { toSarif } from "./sarif.js";
import { frozen, loadLab, mutableCopy, nodeOf } from "./test-support/lab-graph.js";

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; rules: { id: string; properties: Record<string, unknown> }[] };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
      }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

describe("SARIF 2.1.0", () => {
  const { graph, context } = loadLab();
  const broken = mutableCopy(graph);
  nodeOf(broken, "aws.rds.instance").props.publiclyAccessible = true;
  nodeOf(broken, "aws.s3.bucket", (n) => n.id === "uploads.bucket").props.versioning = false;
  const report = evaluatePolicies(frozen(broken), {
    ...context,
    waivers: [{ rule: "IDIO-S3-005", reason: "Versioning paused during the migration (CHG-7)." }],
  });
  const sarif = toSarif(report, {
    intentFile: "./lab/every kind.yaml",
    toolVersion: "0.1.0",
    rules: builtinRules(),
  }) as SarifLog;
  const run = sarif.runs[0];

  it("declares the schema and every rule, with a security severity for code scanning", () => {
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(
      builtinRules().map((rule) => rule.id),
    );
    expect(run?.tool.driver.rules[0]?.properties["security-severity"]).toMatch(/^\d+\.\d$/);
  });

  it("locates each result at its intent line, with a relative URI", () => {
    const critical = run?.results.find((result) => result.ruleId === "IDIO-RDS-002");
    expect(critical?.level).toBe("error");
    expect(run?.tool.driver.rules[critical?.ruleIndex ?? -1]?.id).toBe("IDIO-RDS-002");
    const location = critical?.locations[0]?.physicalLocation;
    expect(location?.artifactLocation.uri).toBe("lab/every%20kind.yaml");
    expect(location?.region.startLine).toBe(report.findings[0]?.location.line);
    expect(location?.region.startLine).toBeGreaterThan(1);
  });

  it("keeps waived findings as suppressed results with the waiver's reason", () => {
    const waived = run?.results.find((result) => result.ruleId === "IDIO-S3-005");
    expect(waived?.suppressions).toEqual([
      { kind: "inSource", justification: "Versioning paused during the migration (CHG-7)." },
    ]);
  });
});
