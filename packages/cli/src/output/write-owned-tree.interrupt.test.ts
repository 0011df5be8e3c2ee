import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recoverStaging } from "./recover-staging.js";
import { emitted, expectWhole, snapshot } from "./test-support/output-tree.js";
import { writeOwnedTree } from "./write-owned-tree.js";

const CHILD = fileURLToPath(new URL("./test-support/write-tree-child.ts", import.meta.url));

const OLD = emitted({
  "plan.json": "{}\n",
  "terraform/main.tf.json": '{"old":true}\n',
  "cloudformation/template.json": "{}\n",
  "gone.txt": "removed by the new run\n",
});
const NEW = emitted({
  "plan.json": '{"new":true}\n',
  "terraform/main.tf.json": '{"new":true}\n',
  "terraform/lambda/placeholder.txt": "new directory\n",
  "diagram.mmd": "flowchart TB\n",
});

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
}

/** Runs the child writer; once it says it paused, sends `signal`. */
function runChild(
  out: string,
  files: object,
  pauseAt: string,
  signal: NodeJS.Signals,
): Promise<Exit> {
  const list = join(out, "..", "files.json");
  writeFileSync(list, JSON.stringify(files));
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, out, list], {
    env: { ...process.env, IDIO_TEST_PAUSE_AT: pauseAt },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes(`paused in ${pauseAt}`)) child.kill(signal);
  });
  return new Promise((resolve) =>
    child.on("exit", (code, exitSignal) => resolve({ code, signal: exitSignal, stdout })),
  );
}

describe("writeOwnedTree when interrupted", () => {
  let root: string;
  let out: string;
  let previous: Map<string, string>;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), "idio-interrupt-"));
    out = join(root, "out");
    expect((await writeOwnedTree(out, OLD)).kind).toBe("written");
    writeFileSync(join(out, "terraform.tfstate"), "state\n");
    previous = snapshot(out);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("SIGINT while staging: the child ends by SIGINT, the previous output is whole and unchanged, no staging left", async () => {
    const exit = await runChild(out, NEW, "staging", "SIGINT");
    expect(exit).toEqual({ code: null, signal: "SIGINT", stdout: "interrupted\n" });
    expect(snapshot(out)).toEqual(previous);
    expectWhole(out);
  });

  it("SIGTERM during the commit is held until the commit is done: the new output is whole, no staging left", async () => {
    const exit = await runChild(out, NEW, "commit", "SIGTERM");
    expect(exit).toEqual({ code: null, signal: "SIGTERM", stdout: "written\n" });
    const manifest = expectWhole(out);
    expect(manifest.files.map((f) => f.path)).toEqual(NEW.map((f) => f.path).sort());
    expect(existsSync(join(out, "gone.txt"))).toBe(false);
    expect(snapshot(out).get("terraform.tfstate")).toBe(previous.get("terraform.tfstate"));
  });

  it("SIGKILL mid-commit leaves a journal; the next run undoes the half commit before anything else", async () => {
    const exit = await runChild(out, NEW, "commit", "SIGKILL");
    expect(exit.signal).toBe("SIGKILL");
    expect(readdirSync(out)).toContain(".idio-staging");
    expect(snapshot(out)).not.toEqual(previous);
    expect(await recoverStaging(out)).toEqual({ kind: "recovered", undone: true });
    expect(snapshot(out)).toEqual(previous);
    expectWhole(out);
    // And a full run after a kill ends whole with the new files.
    await runChild(out, NEW, "commit", "SIGKILL");
    expect((await writeOwnedTree(out, NEW)).kind).toBe("written");
    expect(expectWhole(out).files.map((f) => f.path)).toEqual(NEW.map((f) => f.path).sort());
  });
});

describe("writeOwnedTree when the disk fails during the commit", () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8])(
    "an error before rename %i of 9 (the last is the manifest) rolls everything back (ENOSPC, EROFS, EACCES)",
    async (failAt) => {
      const root = mkdtempSync(join(tmpdir(), "idio-fault-"));
      const out = join(root, "out");
      try {
        await writeOwnedTree(out, OLD);
        writeFileSync(join(out, "notes.md"), "mine\n");
        const previous = snapshot(out);
        const code = ["ENOSPC", "EROFS", "EACCES"][failAt % 3]!;
        const result = await writeOwnedTree(out, NEW, {
          shown: "out",
          hooks: {
            beforeCommitStep: (step) => {
              if (step === failAt) throw Object.assign(new Error(code), { code });
            },
          },
        });
        expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO714" } } });
        expect(result.kind === "refused" && result.problem.message).toContain(`(${code})`);
        expect(snapshot(out)).toEqual(previous);
        expectWhole(out);
        expect(readdirSync(root)).toEqual(["out"]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  it("a failure on a first write removes the directory it created", async () => {
    const root = mkdtempSync(join(tmpdir(), "idio-fault-"));
    try {
      const fail = () => {
        throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      };
      const result = await writeOwnedTree(join(root, "a/b/out"), NEW, {
        hooks: { beforeCommitStep: fail },
      });
      expect(result.kind).toBe("refused");
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("writeOwnedTree when the output cannot even be created", () => {
  it("reports the OS error as IDIO714 instead of throwing", async () => {
    const root = mkdtempSync(join(tmpdir(), "idio-fault-"));
    try {
      writeFileSync(join(root, "file"), "");
      const result = await writeOwnedTree(join(root, "file/out"), NEW, { shown: "file/out" });
      expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO714" } } });
      expect(result.kind === "refused" && result.problem.message).toContain("(ENOTDIR)");
      expect(readdirSync(root)).toEqual(["file"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("writeOwnedTree when a generated file becomes a directory", () => {
  it("refuses (IDIO710) and changes nothing: the user removes the old file once", async () => {
    const root = mkdtempSync(join(tmpdir(), "idio-shape-"));
    const out = join(root, "out");
    try {
      await writeOwnedTree(out, emitted({ lambda: "a file\n" }));
      const before = snapshot(out);
      const result = await writeOwnedTree(
        out,
        emitted({ "lambda/handler.zip": "now a directory\n" }),
      );
      expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO710" } } });
      expect(snapshot(out)).toEqual(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
