import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";

/** A new empty directory under the system temp folder; `prefix` names the test. */
export function makeTempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A fresh directory for each test of the enclosing suite, removed after it:
 * `const dir = useTempDir("idio-compile-")`, then `dir()` inside a test.
 */
export function useTempDir(prefix: string): () => string {
  let current: string | undefined;
  beforeEach(() => {
    current = makeTempDir(prefix);
  });
  afterEach(() => {
    if (current !== undefined) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error("useTempDir: dir() is called outside a test");
    return current;
  };
}
