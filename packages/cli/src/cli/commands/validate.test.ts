import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";
import { exampleNames } from "@idio-iac/testing";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const EXAMPLES = exampleNames();

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-validate-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const VALID =
  "apiVersion: idio.dev/v1\nname: shop\nenvironment: development\ntiers:\n  - name: web\n    type: web\n";
const INVALID =
  "apiVersion: idio.dev/v1\nname: shop\nenviroment: production\ntiers:\n  - name: web\n    type: webb\n";

describe("idio validate", () => {
  it("accepts every example and exits 0", async () => {
    const run = memoryIo({ cwd: ROOT });
    const code = await runCli(
      ["validate", ...EXAMPLES.map((name) => `examples/${name}/intent.yaml`)],
      run.io,
    );
    expect(run.stderr).toBe("");
    expect(code).toBe(0);
    for (const name of EXAMPLES)
      expect(run.stdout).toContain(`examples/${name}/intent.yaml: valid (`);
  });

  it("reports every problem with file:line:column, code, code frame and hint, and exits 2", async () => {
    const cwd = workspace({ "intent.yaml": INVALID });
    const run = memoryIo({ cwd });
    const code = await runCli(["validate", "intent.yaml"], run.io);
    expect(code).toBe(2);
    expect(run.stdout).toContain('intent.yaml:3:1 error IDIO200 Unknown property "enviroment"');
    expect(run.stdout).toContain("> 3 | enviroment: production");
    expect(run.stdout).toContain('hint: Did you mean "environment"?');
    expect(run.stdout).toContain("intent.yaml:6:11 error IDIO203");
    expect(run.stdout).toContain("intent.yaml:1:1 error IDIO201");
    expect(run.stdout).toMatch(/3 errors, 0 warnings\n$/);
    expect(run.stdout).not.toContain(cwd); // file names as typed, never absolute
    expect(run.stdout).not.toContain("\u001b["); // NO_COLOR
  });

  it("colours the report when FORCE_COLOR is set", async () => {
    const cwd = workspace({ "intent.yaml": INVALID });
    const run = memoryIo({ cwd, env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    await runCli(["validate", "intent.yaml"], run.io);
    expect(run.stdout).toContain("\u001b[31merror\u001b[0m");
  });

  it("--format json prints the list of diagnostics", async () => {
    const cwd = workspace({ "bad.yaml": INVALID, "good.yaml": VALID });
    const run = memoryIo({ cwd });
    const code = await runCli(["validate", "good.yaml", "bad.yaml", "--format", "json"], run.io);
    expect(code).toBe(2);
    const list = JSON.parse(run.stdout) as {
      code: string;
      file: string;
      line: number;
      column: number;
    }[];
    expect(list.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
      ["IDIO201", "bad.yaml", 1, 1],
      ["IDIO200", "bad.yaml", 3, 1],
      ["IDIO203", "bad.yaml", 6, 11],
    ]);
  });

  it("--resolved prints the intent with defaults applied, and the report on stderr", async () => {
    const cwd = workspace({ "intent.yaml": VALID });
    const run = memoryIo({ cwd });
    const code = await runCli(["validate", "intent.yaml", "--resolved"], run.io);
    expect(code).toBe(0);
    const intent = parse(run.stdout);
    expect(intent.region).toBe("us-east-1");
    expect(intent.availability).toBe("99.9");
    expect(intent.tiers[0]).toMatchObject({
      public: true,
      port: 8080,
      healthCheckPath: "/health",
      compute: "auto",
    });
    expect(run.stderr).toContain("intent.yaml: valid (1 tier)");
  });

  it("--resolved --format json prints diagnostics and intents", async () => {
    const cwd = workspace({ "intent.yaml": VALID });
    const run = memoryIo({ cwd });
    expect(
      await runCli(["validate", "intent.yaml", "--resolved", "--format", "json"], run.io),
    ).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.diagnostics).toEqual([]);
    expect(output.intents[0].file).toBe("intent.yaml");
    expect(output.intents[0].intent.security.encryptionAtRest).toBe(true);
  });

  it("reports a missing file and a directory with their own codes", async () => {
    const cwd = workspace({});
    mkdirSync(join(cwd, "app"));
    const run = memoryIo({ cwd });
    const code = await runCli(["validate", "missing.yaml", "app", "--format", "json"], run.io);
    expect(code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ code: "IDIO001", file: "missing.yaml", line: 0, column: 0 }),
      expect.objectContaining({
        code: "IDIO002",
        file: "app",
        hint: "Did you mean app/intent.yaml?",
      }),
    ]);
  });

  it("rejects an unknown format as a usage error (exit 2)", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["validate", "x.yaml", "--format", "xml"], run.io)).toBe(2);
    expect(run.stderr).toContain("xml");
  });

  it("requires at least one file", async () => {
    const run = memoryIo({ cwd: ROOT });
    expect(await runCli(["validate"], run.io)).toBe(2);
  });

  it("exits 0 with warnings only, and shows them", async () => {
    const cwd = workspace({ "intent.yaml": `${VALID}    dataSizeGb: 10\n` });
    const run = memoryIo({ cwd });
    expect(await runCli(["validate", "intent.yaml"], run.io)).toBe(0);
    expect(run.stdout).toContain("warning IDIO310");
    expect(run.stdout).toContain("intent.yaml: valid (1 tier, 1 warning)");
  });
});
