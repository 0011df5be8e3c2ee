import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { opaBinary } from "@idio-iac/testing";
import { PACKAGE_DIR } from "./policy-sources.js";

const opa = opaBinary();
const run = (args: string[]) =>
  execFileSync(opa as string, args, { cwd: PACKAGE_DIR, encoding: "utf8", stdio: "pipe" });

// The OPA binary comes from an optional Linux x64 npm dependency; elsewhere these checks cannot run.
describe.skipIf(!opa)(
  "Rego sources: opa test, check, fmt (skipped only without the OPA binary)",
  () => {
    it("passes every rule's Rego tests", () => {
      const output = run(["test", "rego", "--format", "json"]);
      const results = JSON.parse(output) as {
        name: string;
        package: string;
        fail?: boolean;
        error?: unknown;
      }[];
      expect(results.filter((result) => result.fail || result.error)).toEqual([]);
      // Every rule package has a passing and a failing case.
      const byRule = new Map<string, string[]>();
      for (const result of results) {
        const rule = result.package.replace(/^data\.idio\.test\./, "");
        byRule.set(rule, [...(byRule.get(rule) ?? []), result.name]);
      }
      for (const [rule, names] of byRule) {
        expect(
          names.some((name) => /pass/.test(name)),
          `${rule} has a passing case`,
        ).toBe(true);
        expect(
          names.some((name) => /fail/.test(name)),
          `${rule} has a failing case`,
        ).toBe(true);
      }
      expect(byRule.size).toBeGreaterThanOrEqual(40);
    });

    it("compiles in strict mode", () => {
      expect(() => run(["check", "--strict", "rego"])).not.toThrow();
    });

    it("is formatted with opa fmt", () => {
      expect(run(["fmt", "--list", "rego"]).trim()).toBe("");
    });
  },
);
