import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INTENT_LIMITS } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { loadIntentFile } from "./load-intent-file.js";

const VALID =
  "apiVersion: idio.dev/v1\nname: shop\nenvironment: development\ntiers:\n  - name: web\n    type: web\n";

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-load-"));
  mkdirSync(join(dir, "app"));
  return dir;
}

describe("loadIntentFile", () => {
  it("reads and parses a file, naming it as given", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "app", "intent.yaml"), VALID);
    const result = await loadIntentFile("app/intent.yaml", cwd);
    expect(result.fileName).toBe("app/intent.yaml");
    expect(result.diagnostics).toEqual([]);
    expect(result.intent?.name).toBe("shop");
    expect(result.source?.fileName).toBe("app/intent.yaml");
  });

  it("reports a missing file (IDIO001), also through a file used as a directory", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "file.yaml"), VALID);
    for (const path of ["nope.yaml", "file.yaml/intent.yaml"]) {
      const result = await loadIntentFile(path, cwd);
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ code: "IDIO001", file: path, line: 0, column: 0, path: "" }),
      ]);
      expect(result.intent).toBeUndefined();
    }
  });

  it("reports a directory (IDIO002) and suggests the intent inside it", async () => {
    const result = await loadIntentFile("app", workspace());
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "IDIO002",
        file: "app",
        message: "app is a directory, not an intent file.",
        hint: "Did you mean app/intent.yaml?",
      }),
    ]);
  });

  it("refuses a file over the size limit before reading it (IDIO003)", async () => {
    const cwd = workspace();
    const path = join(cwd, "huge.yaml");
    writeFileSync(path, "");
    truncateSync(path, INTENT_LIMITS.maxBytes + 1); // sparse: nothing is written or read
    const result = await loadIntentFile("huge.yaml", cwd);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "IDIO003", file: "huge.yaml", line: 0 }),
    ]);
    expect(result.source).toBeUndefined();
  });

  it("reports a file that cannot be read (IDIO004): a symlink loop", async () => {
    const cwd = workspace();
    symlinkSync("loop.yaml", join(cwd, "loop.yaml"));
    const result = await loadIntentFile("loop.yaml", cwd);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "IDIO004",
        file: "loop.yaml",
        message: "loop.yaml cannot be read (ELOOP).",
      }),
    ]);
  });

  it("reads bytes as they are: binary is refused, a BOM and CRLF are fine", async () => {
    const cwd = workspace();
    writeFileSync(
      join(cwd, "image.png"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(
      join(cwd, "windows.yaml"),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID.replace(/\n/g, "\r\n"))]),
    );
    expect((await loadIntentFile("image.png", cwd)).diagnostics.map((d) => d.code)).toEqual([
      "IDIO101",
    ]);
    expect((await loadIntentFile("windows.yaml", cwd)).intent?.tiers[0]?.name).toBe("web");
  });

  it("keeps an absolute path absolute and a relative one relative", async () => {
    const cwd = workspace();
    const absolute = join(cwd, "missing.yaml");
    expect((await loadIntentFile(absolute, "/")).diagnostics[0]!.file).toBe(absolute);
    expect((await loadIntentFile("./missing.yaml", cwd)).diagnostics[0]!.file).toBe(
      "./missing.yaml",
    );
  });
});
