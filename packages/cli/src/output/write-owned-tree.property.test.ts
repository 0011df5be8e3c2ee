import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { EmittedFile } from "@idio-iac/emitters";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { arbitraryIntentDocument } from "@idio-iac/testing";
import { plan } from "idio-iac";
import { compileOutput } from "./compile-output.js";
import { expectWhole, pick, snapshot } from "./test-support/output-tree.js";
import { writeOwnedTree } from "./write-owned-tree.js";

/** Directories IDIO and the user share (Terraform puts its state beside IDIO's code). */
const SHARED = ["", "terraform/", "cloudformation/", "terraform/.terraform/"];
const contents = fc.string({ maxLength: 40, unit: "binary" });
const segment = (first: string) =>
  fc.stringMatching(/^[a-z0-9._-]{1,8}$/).map((rest) => `${first}${rest}`);

/** Generated files: fixed names plus random ones whose segments start with "g". */
const generatedFiles = fc
  .uniqueArray(
    fc.tuple(
      fc.constantFrom(...SHARED.slice(0, 3)),
      fc.array(segment("g"), { minLength: 1, maxLength: 3 }),
    ),
    { maxLength: 8, selector: ([prefix, segments]) => prefix + segments.join("/") },
  )
  .chain((entries) =>
    fc.tuple(
      fc.constant(entries),
      fc.array(contents, { minLength: entries.length + 2, maxLength: entries.length + 2 }),
    ),
  )
  .map(([entries, texts]): EmittedFile[] => [
    { path: "plan.json", contents: texts[0]! },
    { path: "terraform/main.tf.json", contents: texts[1]! },
    ...entries.map(([prefix, segments], i) => ({
      path: prefix + segments.join("/"),
      contents: texts[i + 2]!,
    })),
  ]);

/** A user's files: any depth, in shared directories too, segments starting with "u" (never IDIO's). */
const userFiles = fc.dictionary(
  fc
    .tuple(fc.constantFrom(...SHARED), fc.array(segment("u"), { minLength: 1, maxLength: 3 }))
    .map(([prefix, segments]) => prefix + segments.join("/")),
  contents,
  { maxKeys: 6 },
);

function writeUser(out: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text, "binary");
  }
}

/** Paths clash when one is a parent of another (a file where a directory must go). */
function consistent(files: Record<string, string> | readonly EmittedFile[]): boolean {
  const paths = Array.isArray(files) ? files.map((f: EmittedFile) => f.path) : Object.keys(files);
  return !paths.some((a) => paths.some((b) => b.startsWith(`${a}/`)));
}

async function recompileKeepsUserFiles(
  first: readonly EmittedFile[],
  second: readonly EmittedFile[],
  user: Record<string, string>,
): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "idio-prop-"));
  const out = join(root, "out");
  try {
    expect((await writeOwnedTree(out, first)).kind).toBe("written");
    writeUser(out, user);
    const before = pick(snapshot(out), Object.keys(user));
    for (const files of [second, second, first]) {
      expect(await writeOwnedTree(out, files)).toMatchObject({ kind: "written" });
      expect(pick(snapshot(out), Object.keys(user))).toEqual(before);
      const manifest = expectWhole(out);
      expect(manifest.files.map((f) => f.path)).toEqual(files.map((f) => f.path).sort());
      expect([...snapshot(out).keys()].sort()).toEqual(
        [...files.map((f) => f.path), ".idio-manifest.json", ...Object.keys(user)].sort(),
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("recompiling never touches a user's files", () => {
  it("for random generated file lists and random pre-existing user files", async () => {
    await fc.assert(
      fc.asyncProperty(generatedFiles, generatedFiles, userFiles, async (first, second, user) => {
        // A path that is a file in one run and a directory in the other is refused (IDIO710), not handled.
        fc.pre(consistent(user) && consistent([...first, ...second]));
        await recompileKeepsUserFiles(first, second, user);
      }),
      { numRuns: 40 },
    );
  });

  it("for random valid intents (CloudFormation only, to keep it fast)", async () => {
    // Web tiers need a domain (TLS); the generator may leave it out.
    const cloudFormation = (document: IntentInput) => {
      const text = stringify({ ...document, domain: document.domain ?? "app.example.com" });
      const result = plan(text, { fileName: "intent.yaml" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      return compileOutput(result.plan!, { targets: ["cloudformation"], tiers: result.tiers! });
    };
    await fc.assert(
      fc.asyncProperty(
        arbitraryIntentDocument({ maxTiers: 3 }),
        arbitraryIntentDocument({ maxTiers: 3 }),
        userFiles,
        async (a, b, user) => {
          fc.pre(consistent(user));
          await recompileKeepsUserFiles(cloudFormation(a), cloudFormation(b), user);
        },
      ),
      { numRuns: 8 },
    );
  });
});
