import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REGO_DIR } from "../build/policy-sources.js";

/** Compiles a folder of test rules (with IDIO's entrypoints and helpers) into bundle.tar.gz bytes. */
export function buildTestBundle(opa: string, folder: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "idio-test-bundle-"));
  try {
    const output = join(dir, "bundle.tar.gz");
    const sources = fileURLToPath(new URL(`./${folder}`, import.meta.url));
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
        sources,
        join(REGO_DIR, "idio.rego"),
        join(REGO_DIR, "lib"),
      ],
      { stdio: "pipe" },
    );
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
