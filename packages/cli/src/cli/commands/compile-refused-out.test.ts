import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";

const STATIC = readFileSync(
  fileURLToPath(new URL("../../../../../examples/static-website/intent.yaml", import.meta.url)),
  "utf8",
);

/** A project: cwd holds `infra/app/intent.yaml`, a git repository under `repo/`, a FIFO and a file. */
let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "idio-refuse-"));
  mkdirSync(join(cwd, "infra/app"), { recursive: true });
  writeFileSync(join(cwd, "infra/app/intent.yaml"), STATIC);
  mkdirSync(join(cwd, "repo/.git"), { recursive: true });
  execFileSync("mkfifo", [join(cwd, "pipe")]);
  writeFileSync(join(cwd, "file.txt"), "keep\n");
  symlinkSync("/", join(cwd, "to-root"));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const cases: [string, () => string, string, string][] = [
  ["an empty --out", () => "", "IDIO700", "The output directory is an empty string."],
  ["--out .", () => ".", "IDIO701", "--out . is the working directory"],
  ["the working directory, absolute", () => cwd, "IDIO701", "is the working directory"],
  ["the intent's directory", () => "infra/app", "IDIO702", "is the intent's own directory"],
  [
    "an ancestor of the intent's directory",
    () => "infra",
    "IDIO702",
    "is an ancestor of the intent's directory",
  ],
  [
    "a git work-tree root",
    () => "repo",
    "IDIO703",
    "--out repo is the root of a git work tree (it holds .git).",
  ],
  ["/", () => "/", "IDIO704", "--out / is the filesystem root (/)."],
  ["a link to /", () => "to-root", "IDIO704", "--out to-root is the filesystem root (/)."],
  ["/proc/self", () => "/proc/self", "IDIO705", "--out /proc/self is under /proc"],
  ["a path under /dev", () => "/dev/shm/idio", "IDIO705", "is under /dev"],
  ["/sys", () => "/sys", "IDIO705", "is under /sys"],
  ["a FIFO", () => "pipe", "IDIO706", "--out pipe is a FIFO (named pipe), not a directory."],
  [
    "a regular file",
    () => "file.txt",
    "IDIO706",
    "--out file.txt is a regular file, not a directory.",
  ],
  ["a path below a regular file", () => "file.txt/sub", "IDIO706", "cannot be created"],
];

describe("idio compile refuses an --out it must not write into", () => {
  it.each(cases)("%s", async (_, out, code, message) => {
    const before = readdirSync(cwd).sort();
    const run = memoryIo({ cwd });
    const argv = ["compile", "infra/app/intent.yaml", "--out", out()];
    expect(await runCli(argv, run.io)).toBe(2);
    const column = `idio compile infra/app/intent.yaml --out `.length + 1;
    expect(run.stderr).toContain(`<command line>:1:${column} error ${code} `);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/\n {2}hint: \S/);
    expect(run.stdout).toBe("");
    // Nothing written anywhere: no out/, no staging, the intent's directory as it was.
    expect(readdirSync(cwd).sort()).toEqual(before);
    expect(readdirSync(join(cwd, "infra/app"))).toEqual(["intent.yaml"]);
    expect(readdirSync(join(cwd, "repo"))).toEqual([".git"]);
  });

  it("reports in JSON with --format json", async () => {
    const run = memoryIo({ cwd });
    const argv = ["compile", "infra/app/intent.yaml", "--out", "infra", "--format", "json"];
    expect(await runCli(argv, run.io)).toBe(2);
    expect(JSON.parse(run.stderr)).toEqual([
      expect.objectContaining({
        code: "IDIO702",
        severity: "error",
        file: "<command line>",
        line: 1,
        column: 42,
        endColumn: 47,
        hint: expect.stringContaining("--out"),
      }),
    ]);
  });

  it("points at the value of --out=DIR too", async () => {
    const run = memoryIo({ cwd });
    expect(await runCli(["compile", "infra/app/intent.yaml", "--out=."], run.io)).toBe(2);
    expect(run.stderr).toContain(`<command line>:1:42 error IDIO701 `);
    expect(run.stderr).toContain("> 1 | idio compile infra/app/intent.yaml --out=.");
  });
});
