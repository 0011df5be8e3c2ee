import { readFileSync } from "node:fs";
import { loadTrustedBundle, type PolicyBundle } from "./policy-bundle.js";

/**
 * The committed bundle sits at `<package>/bundle/policy.wasm`, one level
 * above both `src/` and `dist/`, so the same relative URL works from the
 * sources and from the published package. No OPA binary is needed. It is
 * IDIO's own code, so it runs in-process without a time limit (fast); user
 * bundles run in a worker (see worker-engine.ts).
 */
export const BUILTIN_WASM_URL = new URL("../../bundle/policy.wasm", import.meta.url);

let builtin: PolicyBundle | undefined;

/** The built-in rules, instantiated on first use and reused afterwards. */
export function builtinBundle(): PolicyBundle {
  builtin ??= loadTrustedBundle(readFileSync(BUILTIN_WASM_URL), "builtin");
  return builtin;
}
