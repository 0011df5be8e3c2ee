import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { plan } from "idio-iac";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test-support/memory-io.js";
import { ExitCode } from "../exit-codes.js";
import { runCli } from "../run-cli.js";

const INTENT = `name: shop
environment: staging
tiers:
  - { type: web }
  - { type: api }
  - { type: database }
`;

describe("idio explain on an intent without connectsTo", () => {
  const dir = mkdtempSync(join(tmpdir(), "idio-explain-inferred-"));
  const file = join(dir, "intent.yaml");
  writeFileSync(file, INTENT);
  // A resource wired by the inferred api -> database edge.
  const wired = plan(INTENT).plan!.graph.nodes.find((n) =>
    n.reason.pointers.includes("/tiers/1/connectsTo/0"),
  )!;

  it("marks the inferred edge and /connections as inferred, with the edges in the calculation", async () => {
    const run = memoryIo({ cwd: dir });
    expect(await runCli(["explain", file, wired.id], run.io)).toBe(ExitCode.Ok);
    expect(run.stdout).toMatch(
      /\/tiers\/1\/connectsTo\/0 +not set: inferred \(no tier states connectsTo, IDIO424\)/,
    );
    expect(run.stdout).toMatch(/\/connections +not set: inferred/);
    expect(run.stdout).toContain(
      'connectsTo inferred (no tier of the intent states connectsTo; docs/compiler.md "Inference"): web -> api, api -> database',
    );
  });

  it("says so in JSON too", async () => {
    const run = memoryIo({ cwd: dir });
    await runCli(["explain", file, wired.id, "--format", "json"], run.io);
    const explained = JSON.parse(run.stdout) as { because: { pointer: string; inferred?: true }[] };
    expect(explained.because.find((b) => b.pointer === "/connections")).toMatchObject({
      defaulted: true,
      inferred: true,
    });
  });
});
