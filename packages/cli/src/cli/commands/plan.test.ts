import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test-support/memory-io.js";
import { ExitCode } from "../exit-codes.js";
import { runCli } from "../run-cli.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const ECOMMERCE = "examples/ecommerce-platform/intent.yaml";

describe("idio plan", () => {
  it("prints tiers, chosen services and sizes, resources by kind and the order", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["plan", ECOMMERCE], run.io)).toBe(ExitCode.Ok);
    expect(run.stdout).toMatch(
      /^shop \(production, us-east-1 \+ DR us-west-2, availability 99\.99\): \d+ resources/,
    );
    expect(run.stdout).toContain(
      "web    web       ECS Fargate behind a public ALB, 0.5 vCPU / 1024 MiB ARM64, 10-100 tasks",
    );
    expect(run.stdout).toContain(
      "api    api       ECS Fargate behind an internal ALB, 1 vCPU / 2048 MiB ARM64, 20-200 tasks",
    );
    expect(run.stdout).toMatch(
      /db +database +aurora-postgresql 16\.8, 3 x db\.r7g\.2xlarge, replicated to us-west-2/,
    );
    // Three in us-east-1 (one per AZ), one in the pilot light's us-west-2 VPC.
    expect(run.stdout).toMatch(/aws\.ec2\.nat_gateway +4\n/);
    expect(run.stdout).toMatch(
      /Order \(\d+ waves; rollback runs them in reverse\)\n +1\. .*network\.vpc/,
    );
  });

  it("summarises policy and cost, and gates on the budget with --fail-on-budget", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-plan-"));
    const mvp = readFileSync(join(ROOT, "examples/startup-mvp/intent.yaml"), "utf8");
    const file = join(dir, "tight.yaml");
    writeFileSync(file, mvp.replace(/monthlyBudgetUsd: \d+/, "monthlyBudgetUsd: 20"));
    const plain = memoryIo({ cwd: dir });
    expect(await runCli(["plan", "tight.yaml"], plain.io)).toBe(ExitCode.Ok);
    expect(plain.stdout).toMatch(
      /^Policy: \d+ fixes applied, 0 findings open \(0 critical, 0 high/m,
    );
    expect(plain.stdout).toMatch(
      /^Cost: \$[\d,.]+\/month, \d+(\.\d+)?% of the \$20\.00 budget, over budget/m,
    );
    const gated = memoryIo({ cwd: dir });
    expect(await runCli(["plan", "tight.yaml", "--fail-on-budget"], gated.io)).toBe(
      ExitCode.GateFailed,
    );
    const within = memoryIo({ cwd: ROOT });
    expect(
      await runCli(["plan", "examples/startup-mvp/intent.yaml", "--fail-on-budget"], within.io),
    ).toBe(ExitCode.Ok);
  });

  it("prints the plan as stable JSON with --format json", async () => {
    const first = memoryIo({ cwd: ROOT });
    const second = memoryIo({ cwd: ROOT });
    expect(await runCli(["plan", ECOMMERCE, "--format", "json"], first.io)).toBe(ExitCode.Ok);
    await runCli(["plan", ECOMMERCE, "--format", "json"], second.io);
    expect(first.stdout).toBe(second.stdout);
    const plan = JSON.parse(first.stdout);
    expect(Object.keys(plan)).toEqual(
      expect.arrayContaining(["intent", "graph", "order", "rollback"]),
    );
    const service = plan.graph.nodes.find((n: { id: string }) => n.id === "api.service");
    expect(Object.keys(service)).toEqual([
      "dependsOn",
      "id",
      "kind",
      "props",
      "reason",
      "region",
      "tags",
      "tier",
    ]);
    expect(plan.rollback[0]).toEqual(plan.order[plan.order.length - 1]);
  });

  it("exits 2 with a located diagnostic when a tier refuses the edge and TLS needs a domain the intent lacks", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-plan-"));
    writeFileSync(
      join(dir, "intent.yaml"),
      [
        "apiVersion: idio.dev/v1",
        "name: nodomain",
        "environment: staging",
        "tiers:",
        "  - name: web",
        "    type: web",
        "    edge: none",
        "",
      ].join("\n"),
    );
    const run = memoryIo({ cwd: dir });
    expect(await runCli(["plan", "intent.yaml"], run.io)).toBe(ExitCode.InvalidInput);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("intent.yaml:7:11 error IDIO410");
    expect(run.stderr).toContain("hint: Remove `edge: none`");
  });

  it("plans a public tier without a domain behind CloudFront, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-plan-"));
    writeFileSync(
      join(dir, "intent.yaml"),
      [
        "apiVersion: idio.dev/v1",
        "name: nodomain",
        "environment: staging",
        "tiers:",
        "  - name: web",
        "    type: web",
        "",
      ].join("\n"),
    );
    const run = memoryIo({ cwd: dir });
    expect(await runCli(["plan", "intent.yaml"], run.io)).toBe(ExitCode.Ok);
    expect(run.stderr).toContain("intent.yaml:5:5 warning IDIO422");
    expect(run.stdout).toContain(
      "web  https://<id>.cloudfront.net (after apply: terraform output web_distribution_url)",
    );
  });

  it("exits 2 for a file that does not exist", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["plan", "nope.yaml"], run.io)).toBe(ExitCode.InvalidInput);
    expect(run.stderr).toContain("IDIO001");
  });
});
