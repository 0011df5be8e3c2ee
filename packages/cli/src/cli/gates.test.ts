import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { formatUsdGrouped, usdToMicros } from "@idio-iac/catalog";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../test-support/memory-io.js";
import { runCli } from "./run-cli.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const example = (name: string) => readFileSync(join(ROOT, "examples", name, "intent.yaml"), "utf8");

/** Writes an intent into a fresh directory; returns the directory. */
function project(intent: string): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-gates-"));
  writeFileSync(join(dir, "intent.yaml"), intent);
  return dir;
}

async function idio(argv: readonly string[], cwd: string) {
  const memory = memoryIo({ cwd });
  const code = await runCli(argv, memory.io);
  return { code, stdout: memory.stdout, stderr: memory.stderr };
}

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1);

/** serverless-api moved to a region the embedded price book does not cover (only its Route 53 zone, a global service priced as us-east-1, has a price: $0.50). */
const UNPRICED = example("serverless-api").replace("region: us-west-2", "region: ap-southeast-2");
const UNKNOWN_GATE =
  "gate failed: budget verdict unknown: 34 components have no price in ap-southeast-2, so the $0.50 estimate cannot be checked against the $800.00 budget";

describe("the budget gate fails closed on an incomplete estimate (region without prices)", () => {
  it("idio cost: verdict unknown (never within budget); --fail-on-budget exits 1 naming the unpriced parts and the refresh command", async () => {
    const dir = project(UNPRICED);
    const text = await idio(["cost", "intent.yaml"], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("within budget");
    expect(text.stdout).toContain(
      "$0.50 per month (incomplete: 34 components not priced in ap-southeast-2, so at least this) of a $800.00 budget: at least 0.1%, BUDGET VERDICT UNKNOWN (not every component is priced)",
    );
    expect(text.stderr).toContain(
      "warning IDIO620 Whether the plan fits the $800.00 budget is unknown",
    );

    const json = await idio(["cost", "intent.yaml", "--format", "json"], dir);
    const report = JSON.parse(json.stdout) as { complete: boolean; budget: { status: string } };
    expect(report.complete).toBe(false);
    expect(report.budget.status).toBe("unknown");

    const gated = await idio(["cost", "intent.yaml", "--fail-on-budget"], dir);
    expect(gated.code).toBe(1);
    expect(gated.stderr).toContain(
      "Not priced: 34 components (api.function: Lambda requests in ap-southeast-2; api.function: Lambda duration (arm64, 512 MB) in ap-southeast-2; api.http-api: HTTP API requests in ap-southeast-2, and 31 more).\n" +
        "Run `idio prices refresh --regions ap-southeast-2 --out prices.json` with AWS credentials and pass `--price-book prices.json`.\n",
    );
    expect(lastLine(gated.stderr)).toBe(UNKNOWN_GATE);
  });

  it("idio plan: the summary and the JSON say unknown; --fail-on-budget exits 1", async () => {
    const dir = project(UNPRICED);
    const text = await idio(["plan", "intent.yaml", "--fail-on-budget"], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      "Cost: $0.50/month (lower bound: some prices are missing), 0.1% of the $800.00 budget, budget verdict unknown",
    );
    expect(lastLine(text.stderr)).toBe(UNKNOWN_GATE);
    const json = await idio(["plan", "intent.yaml", "--format", "json"], dir);
    expect(json.code).toBe(0);
    expect(
      (JSON.parse(json.stdout) as { cost: { budget: { status: string } } }).cost.budget.status,
    ).toBe("unknown");
  });

  it("idio compile: plan.md and plan.json say unknown; --fail-on-budget exits 1 after writing", async () => {
    const dir = project(UNPRICED);
    const result = await idio(["compile", "intent.yaml", "--out", "out", "--fail-on-budget"], dir);
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toBe(UNKNOWN_GATE);
    const markdown = readFileSync(join(dir, "out", "plan.md"), "utf8");
    expect(markdown).toContain("BUDGET VERDICT UNKNOWN");
    expect(markdown).not.toContain("within budget");
    const plan = JSON.parse(readFileSync(join(dir, "out", "plan.json"), "utf8")) as {
      cost: { budget: { status: string } };
    };
    expect(plan.cost.budget.status).toBe("unknown");
  });

  it("a fully priced plan within its budget passes --fail-on-budget silently", async () => {
    const dir = project(example("serverless-api"));
    const result = await idio(["cost", "intent.yaml", "--fail-on-budget"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("within budget");
    expect(result.stderr).not.toContain("gate failed");
  });
});

describe("--fail-on-budget over budget names the figures", () => {
  it.each(["cost", "plan"])("idio %s", async (command) => {
    const dir = project(
      example("ecommerce-platform").replace("monthlyBudgetUsd: 10000", "monthlyBudgetUsd: 1000"),
    );
    const json = await idio(["cost", "intent.yaml", "--format", "json"], dir);
    const monthly = (JSON.parse(json.stdout) as { monthlyUsd: number }).monthlyUsd;
    expect(monthly).toBeGreaterThan(1000);
    const result = await idio([command, "intent.yaml", "--fail-on-budget"], dir);
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toBe(
      `gate failed: estimate ${formatUsdGrouped(usdToMicros(monthly))} is over the $1,000.00 budget`,
    );
  });
});

/** A production intent that leaves findings open without auto-fix (as in policy.test.ts). */
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
`;

describe("--fail-on lists the findings that tripped it", () => {
  // Without auto-fix the example keeps findings open.
  const argv = (command: string, severity: string) => [
    command,
    "intent.yaml",
    "--no-fix",
    "--fail-on",
    severity,
  ];

  it.each(["policy", "plan", "compile"])("idio %s", async (command) => {
    const dir = project(WEAK);
    const json = await idio(
      ["policy", "intent.yaml", "--no-fix", "--format", "json", "--fail-on", "low"],
      dir,
    );
    const findings = (
      JSON.parse(json.stdout) as { findings: { ruleId: string; severity: string }[] }
    ).findings;
    expect(findings.length).toBeGreaterThan(0);
    const result = await idio(
      [...argv(command, "low"), ...(command === "compile" ? ["--out", "out"] : [])],
      dir,
    );
    expect(result.code).toBe(1);
    const tail = result.stderr
      .trimEnd()
      .split("\n")
      .slice(-(Math.min(findings.length, 20) + 1));
    expect(tail.at(-1)).toBe(
      `gate failed: ${findings.length} finding${findings.length === 1 ? "" : "s"} at or above low`,
    );
    for (const finding of findings.slice(0, 20))
      expect(tail.some((line) => line.includes(finding.ruleId))).toBe(true);
  });

  it("prints each tripping finding with its rule, resource, title and place, then one summary line", async () => {
    const dir = project(WEAK);
    const result = await idio(["policy", "intent.yaml", "--no-fix", "--fail-on", "medium"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split("\n").slice(-3)).toEqual([
      "  high     IDIO-HA-001 web.scaling.target: Production compute runs at least two copies (intent.yaml:8:21)",
      "  high     IDIO-HA-001 web.service: Production compute runs at least two copies (intent.yaml:8:21)",
      "gate failed: 2 findings at or above medium",
    ]);
  });

  it("passes silently when no finding reaches the threshold", async () => {
    const dir = project(example("startup-mvp"));
    const result = await idio(["policy", "intent.yaml", "--fail-on", "critical"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain("gate failed");
  });
});
