import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { FINDINGS_ENTRYPOINT, METADATA_ENTRYPOINT } from "../bundle/policy-bundle.js";
import { DEFAULT_BUNDLE_LIMITS } from "../bundle/bundle-limits.js";
import { readBundleArchive } from "../bundle/read-bundle-archive.js";
import { PACKAGE_DIR, regoSourceHash, sha256, type BundleManifest } from "./policy-sources.js";

/**
 * Compiles rego/ into one wasm module with `opa build -t wasm`, restricted to
 * the builtins that @open-policy-agent/opa-wasm can run (so a rule using any
 * other builtin fails here, not at a user's evaluation). Same sources, same
 * OPA version: same bytes.
 */
export function buildBundle(opa: string): { wasm: Uint8Array; manifest: BundleManifest } {
  const work = mkdtempSync(join(tmpdir(), "idio-policy-"));
  try {
    const capabilities = join(work, "capabilities.json");
    writeFileSync(capabilities, JSON.stringify(wasmCapabilities(opa)));
    const run = (args: string[]) =>
      execFileSync(opa, args, { cwd: PACKAGE_DIR, encoding: "utf8", stdio: "pipe" });
    run(["check", "--strict", "--capabilities", capabilities, "rego"]);
    const output = join(work, "bundle.tar.gz");
    run([
      "build",
      "--target",
      "wasm",
      "--entrypoint",
      FINDINGS_ENTRYPOINT,
      "--entrypoint",
      METADATA_ENTRYPOINT,
      "--capabilities",
      capabilities,
      "--ignore",
      "*_test.rego",
      "--output",
      output,
      "rego",
    ]);
    const wasm = readBundleArchive(readFileSync(output), output, DEFAULT_BUNDLE_LIMITS).get(
      "policy.wasm",
    );
    if (!wasm) throw new Error("opa build wrote no policy.wasm");
    const version = /Version: (\S+)/.exec(run(["version"]))?.[1] ?? "unknown";
    return {
      wasm,
      manifest: {
        opaVersion: version,
        entrypoints: [FINDINGS_ENTRYPOINT, METADATA_ENTRYPOINT],
        sourceSha256: regoSourceHash(),
        wasmSha256: sha256(wasm),
        rules: 0,
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** OPA's current capabilities, less every builtin the JavaScript wasm SDK cannot execute. */
function wasmCapabilities(opa: string): unknown {
  const current = JSON.parse(
    execFileSync(opa, ["capabilities", "--current"], { encoding: "utf8" }),
  ) as { builtins: { name: string }[] };
  const require = createRequire(import.meta.url);
  const sdk = JSON.parse(
    readFileSync(
      join(dirname(require.resolve("@open-policy-agent/opa-wasm")), "..", "capabilities.json"),
      "utf8",
    ),
  ) as { builtins: { name: string }[] };
  const supported = new Set(sdk.builtins.map((builtin) => builtin.name));
  return {
    ...current,
    builtins: current.builtins.filter(
      (builtin) =>
        supported.has(builtin.name) ||
        builtin.name.startsWith("internal.") ||
        // Rewritten by the compiler into constants, so they need no runtime support.
        builtin.name === "rego.metadata.chain" ||
        builtin.name === "rego.metadata.rule",
    ),
  };
}
