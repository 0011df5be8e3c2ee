import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test-support/memory-io.js";
import { ExitCode } from "../exit-codes.js";
import { runCli } from "../run-cli.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const ECOMMERCE = "examples/ecommerce-platform/intent.yaml";

describe("idio explain", () => {
  it("prints a node's reason with the YAML line behind each pointer and the arithmetic", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["explain", ECOMMERCE, "web.service"], run.io)).toBe(ExitCode.Ok);
    expect(run.stdout).toContain("web.service  (aws.ecs.service, tier web)");
    expect(run.stdout).toMatch(/\/tiers\/0\/expectedRps +line 17: expectedRps: 800/);
    expect(run.stdout).toContain("800 req/s / 30 req/s per task = 27 tasks at peak");
    expect(run.stdout).toContain("rule default-fargate");
  });

  it("marks pointers the intent leaves to defaults", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(
      await runCli(["explain", "examples/startup-mvp/intent.yaml", "db.instance"], run.io),
    ).toBe(ExitCode.Ok);
    expect(run.stdout).toMatch(/\/security\/encryptionAtRest +not set: IDIO's default/);
  });

  it("gives JSON with --format json", async () => {
    const run = memoryIo({ cwd: ROOT });
    await runCli(["explain", ECOMMERCE, "db.cluster", "--format", "json"], run.io);
    const explained = JSON.parse(run.stdout);
    expect(explained).toMatchObject({ id: "db.cluster", kind: "aws.rds.cluster", tier: "db" });
    expect(explained.because).toContainEqual({
      pointer: "/tiers/2/dataSizeGb",
      line: 39,
      text: "dataSizeGb: 500",
      defaulted: false,
    });
  });

  it("lists a tier's resources when given a tier name", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["explain", ECOMMERCE, "cache"], run.io)).toBe(ExitCode.Ok);
    expect(run.stdout).toMatch(/^tier cache: \d+ resources/);
    expect(run.stdout).toMatch(
      /cache\.replication-group +redis cache\.r7g\.xlarge, 3 nodes \(one per AZ\) with automatic failover/,
    );
  });

  it("suggests close ids for an unknown one and exits 2", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["explain", ECOMMERCE, "web.servce"], run.io)).toBe(ExitCode.InvalidInput);
    expect(run.stderr).toContain('error IDIO420 The plan has no resource "web.servce".');
    expect(run.stderr).toContain('Did you mean "web.service"');
  });
});
