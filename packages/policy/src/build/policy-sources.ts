import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_DIR = fileURLToPath(new URL("../../", import.meta.url));
export const REGO_DIR = join(PACKAGE_DIR, "rego");
export const BUNDLE_DIR = join(PACKAGE_DIR, "bundle");
export const MANIFEST_PATH = join(BUNDLE_DIR, "manifest.json");
export const WASM_PATH = join(BUNDLE_DIR, "policy.wasm");
export const RULES_DOC_PATH = join(PACKAGE_DIR, "..", "..", "docs", "rules.md");

/** What the build records beside the wasm, so a test can tell when it is stale. */
export interface BundleManifest {
  readonly opaVersion: string;
  readonly entrypoints: readonly string[];
  /** sha256 of the Rego sources (tests excluded), see `regoSourceHash`. */
  readonly sourceSha256: string;
  readonly wasmSha256: string;
  readonly rules: number;
}

/** Rego files under rego/ (posix paths relative to the package), tests excluded, sorted. */
export function regoSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".rego") && !entry.name.endsWith("_test.rego")) files.push(path);
    }
  };
  walk(REGO_DIR);
  return files.map((file) => relative(PACKAGE_DIR, file).split(sep).join("/")).sort();
}

/** One hash over every source's path and bytes: any edit, addition or removal changes it. */
export function regoSourceHash(): string {
  const hash = createHash("sha256");
  for (const file of regoSources()) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(PACKAGE_DIR, file)))
      .update("\0");
  }
  return hash.digest("hex");
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
