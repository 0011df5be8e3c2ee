import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { memoryIo } from "../../test-support/memory-io.js";
import { runCli } from "../run-cli.js";

/** The design's shape: no apiVersion, unnamed tiers (one type twice), a network-isolation level. */
const DESIGN = {
  name: "my-ecommerce-platform",
  tiers: [
    { type: "web", connectsTo: ["api"] },
    { type: "api", connectsTo: ["database", "database-2"] },
    { type: "database", dataSizeGb: 500 },
    { type: "database", engine: "mysql" },
  ],
  environment: "staging",
  security: { networkIsolation: "vpc-isolated" },
};

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-validate-design-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("idio validate --resolved on the design's shape", () => {
  it.each(["intent.json", "intent.yaml"])(
    "%s: shows apiVersion, tier names and the level filled in",
    async (file) => {
      const text = file.endsWith(".json")
        ? JSON.stringify(DESIGN, null, 2)
        : JSON.stringify(DESIGN);
      const run = memoryIo({ cwd: workspace({ [file]: text }) });
      expect(await runCli(["validate", file, "--resolved"], run.io)).toBe(0);
      const intent = parse(run.stdout);
      expect(intent.apiVersion).toBe("idio.dev/v1");
      expect(intent.tiers.map((tier: { name: string }) => tier.name)).toEqual([
        "web",
        "api",
        "database",
        "database-2",
      ]);
      expect(intent.security.networkIsolation).toBe("vpc-isolated");
      expect(run.stderr).toContain(`${file}: valid (4 tiers)`);
    },
  );

  it("locates a JSON mistake at its line and column", async () => {
    const text = JSON.stringify({ ...DESIGN, security: { networkIsolation: "isolated" } }, null, 2);
    const run = memoryIo({ cwd: workspace({ "intent.json": text }) });
    expect(await runCli(["validate", "intent.json"], run.io)).toBe(2);
    const line = text.split("\n").findIndex((row) => row.includes('"isolated"')) + 1;
    // validate prints its report on stdout
    expect(run.stdout).toContain(
      `intent.json:${line}:25 error IDIO203 "isolated" is not an allowed value for security.networkIsolation.`,
    );
  });
});
