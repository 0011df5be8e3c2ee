import { readdirSync } from "node:fs";
import { join } from "node:path";
import { COMPLIANCE_FRAMEWORKS } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { REGO_DIR } from "./build/policy-sources.js";
import { builtinRules, findRule } from "./rules.js";

function regoFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? regoFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("built-in rule metadata", () => {
  const rules = builtinRules();
  const files = regoFiles(join(REGO_DIR, "rules"));

  it("has at least 40 rules, one per file, each with its test file", () => {
    const sources = files.filter((file) => !file.endsWith("_test.rego"));
    expect(rules.length).toBeGreaterThanOrEqual(40);
    expect(sources).toHaveLength(rules.length);
    for (const source of sources) expect(files).toContain(source.replace(/\.rego$/, "_test.rego"));
    const packages = sources.map((file) =>
      file
        .split("/")
        .pop()
        ?.replace(/\.rego$/, ""),
    );
    expect(packages.sort()).toEqual(rules.map((rule) => rule.package).sort());
  });

  it("gives every rule a unique stable id, a title, a description and a rationale", () => {
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^IDIO-[A-Z0-9]+-\d{3}$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.rationale.length, rule.id).toBeGreaterThan(40);
    }
  });

  it("maps every rule but the deployability rules to controls of at least two frameworks", () => {
    for (const rule of rules.filter((candidate) => candidate.deploy === undefined)) {
      const frameworks = Object.keys(rule.controls);
      expect(frameworks.length, rule.id).toBeGreaterThanOrEqual(2);
      for (const framework of frameworks) expect(COMPLIANCE_FRAMEWORKS).toContain(framework);
    }
  });

  it("covers every framework with rules", () => {
    for (const framework of COMPLIANCE_FRAMEWORKS) {
      expect(
        rules.filter((rule) => rule.controls[framework]?.length).length,
        framework,
      ).toBeGreaterThan(5);
    }
  });

  it("gives every deployability rule an IDIO-DEPLOY id, a level and its AWS documentation", () => {
    const deploy = rules.filter((rule) => rule.deploy !== undefined);
    expect(deploy.map((rule) => rule.id)).toEqual(
      Array.from({ length: 13 }, (_, n) => `IDIO-DEPLOY-${String(n + 1).padStart(3, "0")}`),
    );
    for (const rule of deploy) {
      expect(rule.frameworks, rule.id).toEqual([]);
      expect(rule.fixable, rule.id).toBe(false);
      expect(rule.docs?.length, rule.id).toBeGreaterThan(0);
      for (const link of rule.docs ?? [])
        expect(link, rule.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      // A quota warning is low (medium in production): it never fails `--fail-on high` alone.
      expect(rule.severity, rule.id).toBe(rule.deploy === "warning" ? "low" : "high");
    }
  });

  it("finds a rule by id in any case", () => {
    expect(findRule("idio-s3-001")?.title).toBe("S3 buckets block all public access");
    expect(findRule("IDIO-NOPE-001")).toBeUndefined();
  });
});
