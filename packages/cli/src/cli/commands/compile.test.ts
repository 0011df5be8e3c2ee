import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tree } from "@idio-iac/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";

const example = (name: string) =>
  fileURLToPath(new URL(`../../../../../examples/${name}/intent.yaml`, import.meta.url));

describe("idio compile", () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), "idio-compile-"));
  });
  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  it("writes the plan, the diagram, Terraform and CloudFormation into out/<intent name>", async () => {
    const run = memoryIo({ cwd });
    expect(await runCli(["compile", example("static-website")], run.io)).toBe(0);
    const files = [...tree(join(cwd, "out/acme-www")).keys()].sort();
    expect(files).toEqual(
      expect.arrayContaining([
        "plan.json",
        "plan.md",
        "runbook.md",
        "diagram.mmd",
        "terraform/main.tf.json",
        "terraform/README.md",
        "cloudformation/template.json",
        "cloudformation/template.yaml",
        "cloudformation/README.md",
      ]),
    );
    expect(run.stdout).toMatch(
      /^Wrote out\/acme-www: plan\.json, plan\.md, runbook\.md, diagram\.mmd, terraform\/ \(\d+ files\), cloudformation\/ \(\d+ files\)\n$/,
    );
    // runbook.md is owned like every generated file: the manifest lists it.
    const manifest = JSON.parse(
      readFileSync(join(cwd, "out/acme-www/.idio-manifest.json"), "utf8"),
    );
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain("runbook.md");
    const markdown = readFileSync(join(cwd, "out/acme-www/plan.md"), "utf8");
    expect(markdown).toContain(
      '| recovery | backup and restore: RTO 240 min, RPO 1440 min (steps under "Recovery runbook" and in runbook.md) |',
    );
    expect(markdown).toContain("## Recovery runbook\n\nStrategy: **Backup and restore**");
    expect(markdown).toContain("## Policy findings");
    expect(markdown).toContain("## Cost\n\n```text\n");
    expect(markdown).toContain("```mermaid\nflowchart TB\n");
    expect(markdown).toContain(
      readFileSync(join(cwd, "out/acme-www/diagram.mmd"), "utf8").trimEnd(),
    );
    // Nothing is left beside the output: no temporary or retired directories.
    expect(readdirSync(join(cwd, "out"))).toEqual(["acme-www"]);
  });

  it("gives byte-identical trees when run twice", async () => {
    const first = memoryIo({ cwd });
    await runCli(["compile", example("ecommerce-platform"), "--out", "a"], first.io);
    await runCli(["compile", example("ecommerce-platform"), "--out", "b"], memoryIo({ cwd }).io);
    const a = tree(join(cwd, "a"));
    expect(a.size).toBeGreaterThan(8);
    expect(tree(join(cwd, "b"))).toEqual(a);
    // A second compile into the same directory replaces it with the same bytes.
    expect(
      await runCli(["compile", example("ecommerce-platform"), "--out", "a"], memoryIo({ cwd }).io),
    ).toBe(0);
    expect(tree(join(cwd, "a"))).toEqual(a);
  });

  it("writes only the targets asked for", async () => {
    const run = memoryIo({ cwd });
    expect(
      await runCli(
        ["compile", example("serverless-api"), "--out", "o", "--target", "terraform"],
        run.io,
      ),
    ).toBe(0);
    const files = [...tree(join(cwd, "o")).keys()];
    expect(files.some((f) => f.startsWith("terraform/"))).toBe(true);
    expect(files.some((f) => f.startsWith("cloudformation/"))).toBe(false);
  });

  it("writes the output, then exits 1 when --fail-on or --fail-on-budget gates fail", async () => {
    const mvp = readFileSync(example("startup-mvp"), "utf8");
    writeFileSync(
      join(cwd, "gated.yaml"),
      mvp
        .replace(/monthlyBudgetUsd: \d+/, "monthlyBudgetUsd: 20")
        .replace(/^tags:/m, "security:\n  encryptionAtRest: false\ntags:"),
    );
    const compileWith = async (...flags: string[]) => {
      const run = memoryIo({ cwd });
      const code = await runCli(["compile", "gated.yaml", "--out", "o", ...flags], run.io);
      return { code, written: tree(join(cwd, "o")).has("plan.json") };
    };
    expect(await compileWith()).toEqual({ code: 0, written: true });
    // Unencrypted at rest leaves a medium finding (the alarm topic), nothing high.
    expect(await compileWith("--fail-on", "high")).toEqual({ code: 0, written: true });
    expect(await compileWith("--fail-on", "medium")).toEqual({ code: 1, written: true });
    expect(await compileWith("--fail-on-budget")).toEqual({ code: 1, written: true });
  });

  it("rejects an unknown target with exit 2", async () => {
    const run = memoryIo({ cwd });
    expect(await runCli(["compile", example("serverless-api"), "--target", "pulumi"], run.io)).toBe(
      2,
    );
    expect(run.stderr).toContain("unknown target pulumi");
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("writes nothing for an invalid intent and exits 2 with located diagnostics", async () => {
    writeFileSync(join(cwd, "bad.yaml"), "apiVersion: idio.dev/v1\nname: x\n");
    const run = memoryIo({ cwd });
    expect(await runCli(["compile", "bad.yaml", "--out", "o"], run.io)).toBe(2);
    expect(run.stderr).toContain("bad.yaml");
    expect(readdirSync(cwd)).toEqual(["bad.yaml"]);
  });

  it("refuses to write into a non-empty directory IDIO did not write (no manifest)", async () => {
    mkdirSync(join(cwd, "mine"));
    writeFileSync(join(cwd, "mine/notes.txt"), "keep me");
    const run = memoryIo({ cwd });
    expect(await runCli(["compile", example("static-website"), "--out", "mine"], run.io)).toBe(2);
    expect(run.stderr).toContain(
      "error IDIO707 mine is not empty (notes.txt) and holds no .idio-manifest.json, so IDIO did not write it.",
    );
    expect(run.stderr).toContain("hint: Choose an empty or new directory with --out");
    expect(readdirSync(join(cwd, "mine"))).toEqual(["notes.txt"]);
    expect(readdirSync(cwd)).toEqual(["mine"]);
  });

  it("leaves nothing half-written when the output cannot be created", async () => {
    writeFileSync(join(cwd, "file"), "");
    const run = memoryIo({ cwd });
    expect(await runCli(["compile", example("static-website"), "--out", "file/sub"], run.io)).toBe(
      2,
    );
    expect(run.stderr).toMatch(
      /error IDIO706 --out file\/sub cannot be created: .*file is a regular file/,
    );
    expect(readdirSync(cwd)).toEqual(["file"]);
  });

  it("prints a progress line per phase only on a terminal", async () => {
    const quiet = memoryIo({ cwd, isTTY: false });
    await runCli(["compile", example("static-website"), "--out", "q"], quiet.io);
    expect(quiet.stderr).not.toContain("…");
    const tty = memoryIo({ cwd, isTTY: true });
    await runCli(["compile", example("static-website"), "--out", "t"], tty.io);
    expect(tty.stderr.split("\n").filter((line) => line.startsWith("…"))).toEqual([
      expect.stringContaining("planning"),
      "… emitting Terraform",
      "… emitting CloudFormation",
      "… drawing the diagram",
      "… writing t",
    ]);
  });

  it("summarises in JSON with --format json", async () => {
    const run = memoryIo({ cwd });
    expect(
      await runCli(
        ["compile", example("static-website"), "--out", "j", "--format", "json"],
        run.io,
      ),
    ).toBe(0);
    const summary = JSON.parse(run.stdout) as { out: string; files: string[] };
    expect(summary.out).toBe("j");
    expect(summary.files).toContain("terraform/main.tf.json");
  });
});
