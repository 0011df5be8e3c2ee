import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manifestProblem, MANIFEST_MAX_BYTES, readManifest } from "./output-manifest.js";
import { emitted, snapshot } from "./test-support/output-tree.js";
import { writeOwnedTree } from "./write-owned-tree.js";

const HASH = "a".repeat(64);
const manifest = (files: unknown, directories: unknown = []) => ({
  format: 1,
  tool: "idio 0.1.0",
  files,
  directories,
});

describe("the manifest is untrusted input", () => {
  it.each([
    [
      "an absolute path",
      manifest([{ path: "/etc/passwd", sha256: HASH }]),
      "is not a plain relative path",
    ],
    [
      "a .. segment",
      manifest([{ path: "a/../../x", sha256: HASH }]),
      "is not a plain relative path",
    ],
    ["a leading ..", manifest([{ path: "../x", sha256: HASH }]), "is not a plain relative path"],
    ["a ./ segment", manifest([{ path: "./x", sha256: HASH }]), "is not a plain relative path"],
    ["a backslash", manifest([{ path: "a\\..\\x", sha256: HASH }]), "is not a plain relative path"],
    [
      "the manifest itself",
      manifest([{ path: ".idio-manifest.json", sha256: HASH }]),
      "is not a plain relative path",
    ],
    ["a bad hash", manifest([{ path: "x", sha256: "abc" }]), "the hash of x is not a sha256"],
    ["an extra key", { ...manifest([]), extra: 1 }, "its keys are"],
    ["a later format", { ...manifest([]), format: 2 }, "its format is not 1"],
    ["a directory outside", manifest([], ["../up"]), 'directory "../up" is unsafe'],
    ["a path twice", manifest([{ path: "x", sha256: HASH }], ["x"]), "it lists a path twice"],
    ["not an object", [], "it is not a JSON object"],
  ])("refuses %s", (_, value, problem) => {
    expect(manifestProblem(value)).toContain(problem);
  });

  it("accepts what IDIO writes", () => {
    expect(
      manifestProblem(manifest([{ path: "terraform/main.tf.json", sha256: HASH }], ["terraform"])),
    ).toBeUndefined();
  });

  describe("on disk", () => {
    let out: string;
    beforeEach(() => {
      out = mkdtempSync(join(tmpdir(), "idio-manifest-"));
    });
    afterEach(() => rmSync(out, { recursive: true, force: true }));

    it("is refused when too large, not JSON, or a link, before anything is written (IDIO708)", async () => {
      const cases: [() => void, string][] = [
        [
          () => writeFileSync(join(out, ".idio-manifest.json"), " ".repeat(MANIFEST_MAX_BYTES + 1)),
          "larger than",
        ],
        [() => writeFileSync(join(out, ".idio-manifest.json"), "{"), "it is not JSON"],
        [
          () => symlinkSync("/etc/hostname", join(out, ".idio-manifest.json")),
          "not a regular file",
        ],
      ];
      for (const [make, problem] of cases) {
        rmSync(join(out, ".idio-manifest.json"), { force: true });
        make();
        const before = snapshot(out);
        const result = await writeOwnedTree(out, emitted({ "plan.json": "{}" }));
        expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO708" } } });
        expect(result.kind === "refused" && result.problem.message).toContain(problem);
        expect(snapshot(out)).toEqual(before);
      }
    });

    it("naming a file outside the output never removes it", async () => {
      writeFileSync(join(out, "..", "idio-victim.txt"), "victim");
      writeFileSync(
        join(out, ".idio-manifest.json"),
        JSON.stringify(manifest([{ path: "../idio-victim.txt", sha256: HASH }])),
      );
      expect((await writeOwnedTree(out, emitted({ "plan.json": "{}" }))).kind).toBe("refused");
      expect(readFileSync(join(out, "..", "idio-victim.txt"), "utf8")).toBe("victim");
      rmSync(join(out, "..", "idio-victim.txt"));
    });

    it("is read without following links inside the output: a generated path through a link is refused (IDIO710)", async () => {
      expect((await writeOwnedTree(out, emitted({ "terraform/main.tf.json": "{}" }))).kind).toBe(
        "written",
      );
      const elsewhere = mkdtempSync(join(tmpdir(), "idio-elsewhere-"));
      rmSync(join(out, "terraform"), { recursive: true });
      symlinkSync(elsewhere, join(out, "terraform"));
      const result = await writeOwnedTree(out, emitted({ "terraform/main.tf.json": "{}" }));
      expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO710" } } });
      expect(result.kind === "refused" && result.problem.message).toContain(
        "terraform is a symbolic link",
      );
      expect(snapshot(elsewhere).size).toBe(0);
      rmSync(elsewhere, { recursive: true });
    });

    it("reads back what IDIO wrote", async () => {
      await writeOwnedTree(out, emitted({ "a/b.txt": "x" }));
      expect(await readManifest(out)).toMatchObject({
        kind: "valid",
        manifest: { files: [{ path: "a/b.txt" }], directories: ["a"] },
      });
    });
  });
});
