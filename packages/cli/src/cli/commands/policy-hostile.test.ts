import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadPolicyBundle } from "@idio-iac/policy";
import { describe, expect, it } from "vitest";
import { HUGE_SIZE, NEGATIVE_SIZE, rawTarGz } from "@idio-iac/testing";
import { plan } from "idio-iac";
import { memoryIo } from "../../test-support/memory-io.js";
import { runCli } from "../run-cli.js";

const HOSTILE = new URL("../../../../policy/src/test-fixtures/hostile/", import.meta.url);
const hostile = (name: string) => readFileSync(new URL(name, HOSTILE));

/** A production intent with a database (the hostile rules aim at aws.rds.instance). */
const INTENT = `apiVersion: idio.dev/v1
name: shop
environment: production
domain: shop.example.com
tiers:
  - name: api
    type: api
    connectsTo: [db]
  - name: db
    type: database
    engine: postgres
`;

/** The hostile corpus: every bundle here must end the command with exit 2 and its code. */
const CORPUS: [string, () => Uint8Array, string][] = [
  [
    "negative tar size",
    () => rawTarGz([{ name: "/policy.wasm", sizeField: NEGATIVE_SIZE }]),
    "IDIO513",
  ],
  ["huge tar size", () => rawTarGz([{ name: "/policy.wasm", sizeField: HUGE_SIZE }]), "IDIO516"],
  ["gzip bomb", () => gzipSync(Buffer.alloc(100 * 1024 * 1024)), "IDIO512"],
  ["FIFO entry", () => rawTarGz([{ name: "/policy.wasm", type: "6" }]), "IDIO514"],
  [
    "symlink entry",
    () => rawTarGz([{ name: "/policy.wasm", type: "2", linkName: "/etc/passwd" }]),
    "IDIO514",
  ],
  [
    "path outside the archive",
    () => rawTarGz([{ name: "../policy.wasm", body: new Uint8Array(4) }]),
    "IDIO515",
  ],
  ["oversize file", () => Buffer.alloc(17 * 1024 * 1024, 1), "IDIO511"],
  ["fix on /__proto__ and /constructor/prototype", () => hostile("proto-fix.tar.gz"), "IDIO521"],
  ["rule that never terminates", () => hostile("endless.tar.gz"), "IDIO519"],
];

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-hostile-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

async function idio(args: string[], cwd: string) {
  const run = memoryIo({ cwd });
  const code = await runCli(args, run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe("hostile --policy-bundle files", () => {
  it.each(CORPUS)("%s: exit 2 with a diagnostic naming the bundle", async (_, bytes, code) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const dir = workspace({ "intent.yaml": INTENT, "hostile.tar.gz": bytes() });
    for (const command of ["policy", "compile"]) {
      const args = [command, "intent.yaml", "--policy-bundle", "hostile.tar.gz"];
      const result = await idio([...args, "--policy-timeout", "1", "--allow-bundle-fixes"], dir);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(code);
      expect(result.stderr).toContain("hostile.tar.gz");
      expect(result.stderr).toMatch(/hint: /);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it("refuses a FIFO given as the bundle path without waiting for a writer (IDIO510)", async () => {
    const dir = workspace({ "intent.yaml": INTENT });
    execFileSync("mkfifo", [join(dir, "pipe.tar.gz")]);
    const result = await idio(["policy", "intent.yaml", "--policy-bundle", "pipe.tar.gz"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "pipe.tar.gz error IDIO510 policy bundle: is not a regular file",
    );
  });

  it("refuses a missing bundle file (IDIO510)", async () => {
    const dir = workspace({ "intent.yaml": INTENT });
    const result = await idio(["compile", "intent.yaml", "--policy-bundle", "nope.tar.gz"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "nope.tar.gz error IDIO510 policy bundle: cannot be read (ENOENT)",
    );
  });

  it.each(["0", "-1", "abc", "601"])("refuses --policy-timeout %s (exit 2)", async (value) => {
    const dir = workspace({ "intent.yaml": INTENT });
    const result = await idio(["policy", "intent.yaml", "--policy-timeout", value], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--policy-timeout <seconds>.*a number of seconds above 0/);
  });

  it("reports a user fix unapplied without --allow-bundle-fixes, and the built-in safeguard holds with it", async () => {
    const dir = workspace({
      "intent.yaml": INTENT,
      "unencrypt.tar.gz": hostile("unencrypt.tar.gz"),
    });
    const args = [
      "policy",
      "intent.yaml",
      "--policy-bundle",
      "unencrypt.tar.gz",
      "--fail-on",
      "critical",
    ];
    const held = await idio([...args, "--format", "json"], dir);
    expect(held.code).toBe(0);
    const report = JSON.parse(held.stdout) as {
      findings: { ruleId: string; source: string }[];
      fixes: { ruleId: string }[];
      diagnostics: { code: string; severity: string; message: string }[];
    };
    expect(report.findings.map((f) => [f.ruleId, f.source])).toContainEqual([
      "HOSTILE-UNENC-001",
      "unencrypt.tar.gz",
    ]);
    expect(report.fixes.map((f) => f.ruleId)).not.toContain("HOSTILE-UNENC-001");
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: "IDIO522", severity: "info" }),
    );

    const allowed = await idio([...args, "--allow-bundle-fixes"], dir);
    expect(allowed.code).toBe(2);
    expect(allowed.stderr).toMatch(
      /IDIO504 .*storageEncrypted: HOSTILE-UNENC-001 sets false, IDIO-RDS-001 sets true/,
    );
  });
});

describe("plan() with a hostile bundle", () => {
  it("leaves Object.prototype unchanged and fails with IDIO521", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const bundle = loadPolicyBundle(hostile("proto-fix.tar.gz"), "proto-fix.tar.gz");
    const result = plan(INTENT, {
      policyBundles: [bundle],
      allowBundleFixes: true,
      policyTimeoutMs: 1000,
    });
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain("IDIO521");
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("ends a never-terminating rule at PlanOptions.policyTimeoutMs with IDIO519", () => {
    const bundle = loadPolicyBundle(hostile("endless.tar.gz"), "endless.tar.gz");
    const result = plan(INTENT, { policyBundles: [bundle], policyTimeoutMs: 500 });
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.code === "IDIO519")).toMatchObject([
      { file: "endless.tar.gz", severity: "error" },
    ]);
  });
});
