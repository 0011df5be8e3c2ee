import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { writeFileAtomically } from "./write-file-atomically.js";

const CHILD = fileURLToPath(new URL("../test-support/write-large-file.ts", import.meta.url));
const PREVIOUS = "previous price book\n";

function directoryWithTarget(): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-atomic-"));
  writeFileSync(join(dir, "book.json"), PREVIOUS);
  return dir;
}

describe("writeFileAtomically", () => {
  it("replaces the file and leaves nothing else behind", async () => {
    const dir = directoryWithTarget();
    await writeFileAtomically(join(dir, "book.json"), "new\n");
    expect(readdirSync(dir)).toEqual(["book.json"]);
    expect(readFileSync(join(dir, "book.json"), "utf8")).toBe("new\n");
  });

  it("on a failed write leaves the previous file and no temporary file", async () => {
    const dir = directoryWithTarget();
    // A directory where the file should be: the rename fails after the temporary file is written.
    await expect(writeFileAtomically(dir, "new\n")).rejects.toMatchObject({
      code: expect.stringMatching(/^(EISDIR|EPERM|ENOTEMPTY|EEXIST)$/),
    });
    expect(readdirSync(dir)).toEqual(["book.json"]);
  });

  it("a SIGINT during the write removes the temporary file; the target is old or new, never partial", async () => {
    const dir = directoryWithTarget();
    const target = join(dir, "book.json");
    const megabytes = 100;
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, target, String(megabytes)], {
      stdio: "ignore",
    });
    let interrupted = false;
    const watcher = setInterval(() => {
      if (!interrupted && readdirSync(dir).length > 1) {
        interrupted = true;
        child.kill("SIGINT");
      }
    }, 1);
    const ended = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );
    clearInterval(watcher);
    expect(interrupted).toBe(true);
    expect(readdirSync(dir)).toEqual(["book.json"]);
    const size = statSync(target).size;
    if (ended.signal === "SIGINT") expect(readFileSync(target, "utf8")).toBe(PREVIOUS);
    else expect(size).toBe(megabytes * 1024 * 1024);
  }, 60_000);
});
