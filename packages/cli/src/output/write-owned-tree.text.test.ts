import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expectWhole } from "./test-support/output-tree.js";
import { TEXT_SLICE } from "./text-slices.js";
import { writeOwnedTree } from "./write-owned-tree.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function outDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-text-"));
  dirs.push(dir);
  return join(dir, "out");
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
/** The writer and the hash encode text this many UTF-16 units at a time. */
const CHUNK = TEXT_SLICE;

describe("writeOwnedTree writes text as the UTF-8 of the emitted string", () => {
  it.each([
    // "😀" is a surrogate pair whose halves straddle the first chunk's end.
    ["a pair across a chunk boundary", `${"a".repeat(CHUNK - 1)}😀${"é".repeat(CHUNK)}`],
    // A lone high surrogate at the boundary is U+FFFD, as Buffer.from makes it.
    ["a lone surrogate at the boundary", `${"b".repeat(CHUNK - 1)}\ud800${"c".repeat(10)}`],
    ["several chunks", "ab€\n".repeat(CHUNK)],
    ["an empty file", ""],
  ])("%s", async (_name, text) => {
    const out = outDir();
    const result = await writeOwnedTree(out, [
      { path: "terraform/main.tf.json", contents: text },
      {
        path: "terraform/placeholder.zip",
        contents: "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==",
        encoding: "base64",
      },
    ]);
    expect(result.kind).toBe("written");
    const written = readFileSync(join(out, "terraform/main.tf.json"));
    expect(written.equals(Buffer.from(text, "utf8"))).toBe(true);
    const zip = readFileSync(join(out, "terraform/placeholder.zip"));
    expect(zip.equals(Buffer.from("UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==", "base64"))).toBe(true);
    // The manifest records the hash of those bytes, so the next run sees the file unedited.
    const manifest = expectWhole(out);
    expect(manifest.files.find((f) => f.path === "terraform/main.tf.json")?.sha256).toBe(
      sha256(written),
    );
    const again = await writeOwnedTree(out, [{ path: "terraform/main.tf.json", contents: text }]);
    expect(again).toEqual({ kind: "written", overwritten: [], keptEdited: [] });
  });
});
