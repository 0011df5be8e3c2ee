import { posix } from "node:path";

/** The manifest: what IDIO wrote into an output directory (see output-manifest.ts). */
export const MANIFEST_NAME = ".idio-manifest.json";
/** Where a run stages its files before renaming them into place (see staging-journal.ts). */
export const STAGING_NAME = ".idio-staging";

const RESERVED = new Set([MANIFEST_NAME, STAGING_NAME]);

/**
 * Whether `path` may name a file or directory inside an output directory:
 * relative, `/`-separated, already normalised, no `.`/`..` segment, no
 * backslash or NUL, and not one of IDIO's own bookkeeping names. Manifest
 * and journal paths are untrusted input, so they go through this too.
 */
export function isSafeOutputPath(path: string): boolean {
  if (path === "" || path.length > 1024) return false;
  if (path.includes("\\") || path.includes("\0")) return false;
  if (path.startsWith("/") || posix.normalize(path) !== path) return false;
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return false;
  return !RESERVED.has(segments[0] ?? "");
}

/** `a/b/c.txt` → [`a`, `a/b`]: the directories that must exist for `path`. */
export function parentDirectories(path: string): string[] {
  const segments = path.split("/").slice(0, -1);
  return segments.map((_, index) => segments.slice(0, index + 1).join("/"));
}
