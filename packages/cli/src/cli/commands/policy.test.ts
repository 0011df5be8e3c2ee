import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

/**
 * A production intent with one web task (fixable: IDIO-HA-001) and a static
 * site without a log bucket (not fixable: IDIO-CF-003, IDIO-S3-007, medium).
 */
const WEAK = `apiVersion: idio.dev/v1
name: weak
environment: production
domain: weak.example.com
tiers:
  - name: web
    type: web
    scaling: { min: 1, max: 2 }
    connectsTo: [files]
  - name: files
    type: storage
    engine: s3
  - name: site
    type: static-site
policy:
  waivers:
    - rule: IDIO-S3-005
      resource: nothing.bucket
      reason: Left over from an old bucket, kept to show the warning.
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-policy-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function policy(args: string[], cwd = ROOT) {
  const run = memoryIo({ cwd });
  const code = await runCli(["policy", ...args], run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe("idio policy", () => {
  it("passes every example after auto-fix with the default --fail-on high", async () => {
    for (const name of [
      "ecommerce-platform",
      "healthcare-hipaa",
      "startup-mvp",
      "static-website",
    ]) {
      const result = await policy([`examples/${name}/intent.yaml`, "--as-of", "2026-06-01"]);
      expect(result.code, `${name}: ${result.stdout}`).toBe(0);
    }
  });

  it("lists fixes in text and exits 1 when --no-fix leaves high findings", async () => {
    const pci = await policy(["examples/global-ecommerce/intent.yaml", "--as-of", "2026-06-01"]);
    expect(pci.code).toBe(0);
    // Coverage says what it counts, and lists what no rule checks with what would.
    expect(pci.stdout).toMatch(
      /PCI DSS v4\.0: the plan passes (\d+) of the \1 controls IDIO's rules check\. This is not an assessment of the framework\./,
    );
    expect(pci.stdout).toContain(
      "  Not checked by IDIO (16 account- and organisation-level controls), and what would check them:",
    );
    expect(pci.stdout).toContain(
      "    11.5.1    Threat detection on accounts, workloads and data: Amazon GuardDuty, enabled in every region (delegated administrator in AWS Organizations)",
    );
    expect(pci.stdout).not.toMatch(/mapped controls pass/);
    const dir = workspace({ "weak.yaml": WEAK });
    const fixed = await policy(["weak.yaml", "--as-of", "2026-06-01"], dir);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toMatch(/Fixed automatically/);
    const unfixed = await policy(["weak.yaml", "--no-fix", "--as-of", "2026-06-01"], dir);
    expect(unfixed.stdout).not.toMatch(/Fixed automatically/);
    expect(unfixed.code).toBe(1);
  });

  it("reports findings with their intent line as JSON, and honours --fail-on", async () => {
    const dir = workspace({ "weak.yaml": WEAK });
    const json = await policy(
      ["weak.yaml", "--no-fix", "--format", "json", "--fail-on", "medium", "--as-of", "2026-06-01"],
      dir,
    );
    const report = JSON.parse(json.stdout) as {
      passed: boolean;
      findings: { ruleId: string; severity: string; location: { line: number } }[];
      diagnostics: { code: string; line: number }[];
    };
    expect(report.findings.map((f) => f.ruleId)).toContain("IDIO-HA-001");
    expect(report.findings.find((f) => f.ruleId === "IDIO-HA-001")?.location.line).toBe(8);
    expect(report.diagnostics).toMatchObject([{ code: "IDIO502", line: 17 }]);
    expect(report.passed).toBe(false);
    expect(json.code).toBe(1);
    const lenient = await policy(
      ["weak.yaml", "--fail-on", "critical", "--as-of", "2026-06-01"],
      dir,
    );
    expect(lenient.code).toBe(0);
  });

  it("writes SARIF 2.1.0 that locates each result in the intent file", async () => {
    const dir = workspace({ "weak.yaml": WEAK });
    const result = await policy(
      ["weak.yaml", "--no-fix", "--format", "sarif", "--as-of", "2026-06-01"],
      dir,
    );
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("IDIO");
    expect(run.tool.driver.rules.length).toBeGreaterThanOrEqual(40);
    expect(run.results.length).toBeGreaterThan(0);
    for (const item of run.results) {
      expect(run.tool.driver.rules[item.ruleIndex].id).toBe(item.ruleId);
      const location = item.locations[0].physicalLocation;
      expect(location.artifactLocation.uri).toBe("weak.yaml");
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(["error", "warning", "note"]).toContain(item.level);
      expect(item.partialFingerprints["idioFinding/v1"]).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("evaluates a user bundle beside the built-in rules", async () => {
    const result = await policy([
      "examples/custom-policy/intent.yaml",
      "--policy-bundle",
      "examples/custom-policy/bundle.tar.gz",
      "--format",
      "json",
    ]);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string }[] };
    expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set(["ACME-TAG-001"]));
    expect(result.code).toBe(1);
  });

  it("refuses a file that is not a policy bundle (exit 2)", async () => {
    const dir = workspace({ "weak.yaml": WEAK, "bogus.wasm": "not wasm" });
    const result = await policy(["weak.yaml", "--policy-bundle", "bogus.wasm"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /bogus\.wasm error IDIO518 policy bundle: not a WebAssembly policy/,
    );
  });

  it("reports an invalid intent as diagnostics (exit 2)", async () => {
    const dir = workspace({ "bad.yaml": "apiVersion: idio.dev/v1\nname: x\n" });
    const result = await policy(["bad.yaml"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/IDIO2/);
  });

  it("feeds plan: plan.json carries the fixes, or with --no-fix the findings", async () => {
    const dir = workspace({ "weak.yaml": WEAK });
    const planJson = async (args: string[]) => {
      const run = memoryIo({ cwd: dir });
      expect(await runCli(["plan", "weak.yaml", "--format", "json", ...args], run.io)).toBe(0);
      return JSON.parse(run.stdout) as {
        findings: { ruleId: string }[];
        fixes: { ruleId: string }[];
      };
    };
    const fixed = await planJson([]);
    expect(fixed.findings).toEqual([]);
    expect(fixed.fixes.map((fix) => fix.ruleId)).toContain("IDIO-HA-001");
    const unfixed = await planJson(["--no-fix"]);
    expect(unfixed.fixes).toEqual([]);
    expect(unfixed.findings.map((finding) => finding.ruleId)).toContain("IDIO-HA-001");
  });

  it("keeps the example bundle the README describes", () => {
    expect(readFileSync(join(ROOT, "examples/custom-policy/bundle.tar.gz")).length).toBeGreaterThan(
      1000,
    );
  });
});
