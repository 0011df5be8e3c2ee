import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Compiles a folder of test rules, with IDIO's entrypoints and helpers from
 * `regoDir` (`policyRegoDir()`, or policy's own REGO_DIR), into bundle.tar.gz bytes.
 */
export function buildTestBundle(opa: string, rulesDir: string, regoDir: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "idio-test-bundle-"));
  try {
    const output = join(dir, "bundle.tar.gz");
    execFileSync(
      opa,
      [
        "build",
        "-t",
        "wasm",
        "-e",
        "idio/findings",
        "-e",
        "idio/rule_metadata",
        "-o",
        output,
        rulesDir,
        join(regoDir, "idio.rego"),
        join(regoDir, "lib"),
      ],
      { stdio: "pipe" },
    );
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
