import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expectGolden } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import type { CostReport } from "@idio-iac/catalog";
import { memoryIo } from "../../test-support/memory-io.js";
import { runCli } from "../run-cli.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const EXAMPLES = [
  "data-pipeline",
  "ecommerce-platform",
  "global-ecommerce",
  "global-three-region",
  "healthcare-hipaa",
  "serverless-api",
  "startup-mvp",
  "static-website",
];
// IDIO_UPDATE_GOLDEN=1 npx vitest run packages/cli/src/cli/commands/cost.test.ts rewrites the goldens.

async function cost(argv: readonly string[], cwd = ROOT) {
  const memory = memoryIo({ cwd });
  const code = await runCli(["cost", ...argv], memory.io);
  return { code, stdout: memory.stdout, stderr: memory.stderr };
}

async function report(file: string, ...flags: string[]): Promise<CostReport> {
  const result = await cost([file, "--format", "json", ...flags]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as CostReport;
}

function intentFile(yaml: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "idio-cost-"));
  writeFileSync(join(dir, "intent.yaml"), yaml);
  return { dir, file: "intent.yaml" };
}

describe("idio cost: golden estimate per example (prices of 2026-11-21)", () => {
  it.each(EXAMPLES)("examples/%s matches golden/cost.json", async (name) => {
    const result = await cost([`examples/${name}/intent.yaml`, "--format", "json"]);
    expect(result.code).toBe(0);
    expectGolden(join(ROOT, "examples", name, "golden", "cost.json"), result.stdout);
  });
});

describe("idio cost", () => {
  it("keeps startup-mvp within its $200 budget", async () => {
    const estimate = await report("examples/startup-mvp/intent.yaml");
    expect(estimate.monthlyUsd).toBeLessThanOrEqual(200);
    expect(estimate.budget).toMatchObject({
      limitUsd: 200,
      alertThresholdPercent: 80,
      status: "within",
    });
  });

  it("keeps the ecommerce platform within $10,000", async () => {
    const estimate = await report("examples/ecommerce-platform/intent.yaml");
    expect(estimate.monthlyUsd).toBeLessThanOrEqual(10_000);
    expect(estimate.budget.status).not.toBe("over-budget");
    expect(estimate.lineItems.reduce((sum, item) => sum + item.monthlyUsd, 0)).toBeCloseTo(
      estimate.monthlyUsd,
      6,
    );
  });

  it("prints a readable table, biggest first, with the assumptions", async () => {
    const result = await cost(["examples/ecommerce-platform/intent.yaml"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^shop: estimated monthly cost \(us-east-1, DR us-west-2; list prices as of 2026-11-21\)/,
    );
    expect(result.stdout).toContain("By tier");
    expect(result.stdout).toContain("By service");
    expect(result.stdout).toContain("Assumptions");
    expect(result.stdout).toContain(
      "tiers.api.requestsPerMonth = 2,628,000,000 requests/month [derived]",
    );
    const amounts = [
      ...result.stdout.split("By service")[0]!.matchAll(/^ {2}\S+\s+\$([\d,]+\.\d\d)$/gm),
    ].map((match) => Number(match[1]!.replace(/,/g, "")));
    expect(amounts.length).toBeGreaterThan(2);
    expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
  });

  it("warns about a region the embedded book lacks, with the refresh command, and still succeeds", async () => {
    // ecommerce-platform priced in a region the embedded book does not cover.
    const [file, ...flags] = [
      "examples/ecommerce-platform/intent.yaml",
      "--region",
      "ap-southeast-2",
    ];
    const result = await cost([file!, ...flags]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("IDIO601");
    expect(result.stderr).toContain("idio prices refresh --regions ap-southeast-2");
    expect(result.stdout).toMatch(
      /\(incomplete: \d+ components not priced in ap-southeast-2, so at least this\)/,
    );
    const json = await report(file!, ...flags);
    expect(json.complete).toBe(false);
    expect((await report("examples/startup-mvp/intent.yaml")).complete).toBe(true);
  });

  it("prices the same intent in another region with --region", async () => {
    const home = await report("examples/startup-mvp/intent.yaml");
    const ireland = await report("examples/startup-mvp/intent.yaml", "--region", "eu-west-1");
    expect(ireland.region).toBe("eu-west-1");
    expect(ireland.monthlyUsd).toBeGreaterThan(home.monthlyUsd);
  });

  it("rejects an unknown region and a broken price book with exit 2", async () => {
    expect((await cost(["examples/startup-mvp/intent.yaml", "--region", "mars-1"])).code).toBe(2);
    const { dir } = intentFile("{}");
    writeFileSync(join(dir, "prices.json"), '{"schemaVersion": 2}');
    const broken = await cost(
      [join(ROOT, "examples/startup-mvp/intent.yaml"), "--price-book", "prices.json"],
      dir,
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("schemaVersion must be 1");
  });

  it("reports a missing file as a diagnostic with exit 2", async () => {
    const result = await cost(["does-not-exist.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("does-not-exist.yaml");
  });

  it("shows the change from a baseline intent or a saved report with --compare-to", async () => {
    const base = readFileSync(join(ROOT, "examples/startup-mvp/intent.yaml"), "utf8");
    const { dir, file } = intentFile(base.replace("dataSizeGb: 20", "dataSizeGb: 80"));
    writeFileSync(join(dir, "base.yaml"), base);
    const text = await cost([file, "--compare-to", "base.yaml"], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /Compared with base\.yaml: \$[\d.]+ -> \$[\d.]+ per month, \+\$[\d.]+/,
    );
    expect(text.stdout).toMatch(/db\.instance\s+changed/);

    const saved = await cost(["base.yaml", "--format", "json"], dir);
    writeFileSync(join(dir, "base-cost.json"), saved.stdout);
    const json = await cost([file, "--format", "json", "--compare-to", "base-cost.json"], dir);
    const diff = (
      JSON.parse(json.stdout) as { diff: { deltaUsd: number; resources: { name: string }[] } }
    ).diff;
    // 60 GB more gp3 storage at $0.115 plus the backups of the larger volume
    expect(diff.deltaUsd).toBeGreaterThan(60 * 0.115);
    expect(diff.resources.map((change) => change.name)).toEqual(["db.instance"]);
  });

  it("re-prices with --assume and rejects a malformed value", async () => {
    const base = await report("examples/startup-mvp/intent.yaml");
    const busier = await report(
      "examples/startup-mvp/intent.yaml",
      "--assume",
      "tiers.app.requestsPerMonth=50000000",
      "--assume",
      "lambda.averageDurationMs.web=300",
    );
    expect(busier.monthlyUsd).toBeGreaterThan(base.monthlyUsd);
    expect(busier.assumptions.filter((a) => a.source === "override").map((a) => a.key)).toEqual([
      "tiers.app.requestsPerMonth",
      "lambda.averageDurationMs.web",
    ]);
    const bad = await cost([
      "examples/startup-mvp/intent.yaml",
      "--assume",
      "kms.requestsPerKey=lots",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '<command line>:1:53 error IDIO722 kms.requestsPerKey must be a number from 0 to 26,280,000,000,000, not "lots".',
    );
    const typo = await cost([
      "examples/startup-mvp/intent.yaml",
      "--assume",
      "tiers.ap.requestsPerMonth=1",
    ]);
    expect(typo.code).toBe(0);
    expect(typo.stderr).toContain("IDIO605");
  });

  describe("a deliberately over-budget intent", () => {
    const yaml = `apiVersion: idio.dev/v1
name: overrun
environment: staging
region: us-east-1
availability: "99.99"
domain: overrun.example.com
tiers:
  - { name: web, type: web, expectedRps: 300, scaling: { min: 12, max: 40 }, cpu: 2, memoryMb: 4096, connectsTo: [db] }
  - { name: jobs, type: worker, scaling: { min: 4, max: 20 }, cpu: 2, memoryMb: 4096, connectsTo: [db] }
  - { name: db, type: database, engine: postgres, dataSizeGb: 400 }
cost:
  monthlyBudgetUsd: 800
  alertThreshold: 80
`;

    it("exits 1 with --fail-on-budget and 0 without", async () => {
      const { dir, file } = intentFile(yaml);
      expect((await cost([file], dir)).code).toBe(0);
      const gated = await cost([file, "--fail-on-budget"], dir);
      expect(gated.code).toBe(1);
      expect(gated.stderr).toContain("IDIO603");
      expect(gated.stdout).toContain("OVER BUDGET");
    });

    it("gets recommendations whose savings add up to the estimate minus the estimate after them", async () => {
      const { dir, file } = intentFile(yaml);
      const result = await cost([file, "--format", "json"], dir);
      const estimate = JSON.parse(result.stdout) as CostReport;
      expect(estimate.budget.status).toBe("over-budget");
      const kinds = estimate.recommendations.map((item) => item.kind);
      expect(kinds).toEqual(expect.arrayContaining(["non-production", "right-size", "spot"]));
      const sumMicros = estimate.recommendations.reduce(
        (sum, item) => sum + item.monthlySavingMicros,
        0,
      );
      expect(sumMicros / 1e6).toBeCloseTo(estimate.potentialSavingUsd, 6);
      expect(estimate.monthlyAfterRecommendationsUsd).toBeCloseTo(
        estimate.monthlyUsd - sumMicros / 1e6,
        6,
      );
    });
  });
});
