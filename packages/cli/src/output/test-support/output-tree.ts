import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EmittedFile } from "@idio-iac/emitters";
import { expect } from "vitest";
import { MANIFEST_NAME, STAGING_NAME } from "../output-paths.js";
import type { OutputManifest } from "../output-manifest.js";

/** Every file under `dir` with its bytes (base64), keyed by `/`-separated relative path. */
export { tree as snapshot } from "@idio-iac/testing";

/** The files of `tree` whose paths are in `paths`. */
export function pick(
  tree: ReadonlyMap<string, string>,
  paths: Iterable<string>,
): Map<string, string> {
  return new Map([...paths].map((path) => [path, tree.get(path) ?? "<missing>"]));
}

export function readManifestFile(out: string): OutputManifest {
  return JSON.parse(readFileSync(join(out, MANIFEST_NAME), "utf8")) as OutputManifest;
}

/** The output is whole: every file the manifest lists has the recorded bytes, and no staging is left. */
export function expectWhole(out: string): OutputManifest {
  const manifest = readManifestFile(out);
  for (const file of manifest.files) {
    const bytes = readFileSync(join(out, file.path));
    expect({ path: file.path, sha256: createHash("sha256").update(bytes).digest("hex") }).toEqual(
      file,
    );
  }
  expect(existsSync(join(out, STAGING_NAME))).toBe(false);
  return manifest;
}

export function emitted(files: Record<string, string>): EmittedFile[] {
  return Object.entries(files).map(([path, contents]) => ({ path, contents }));
}
