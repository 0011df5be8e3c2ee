import { readFileSync } from "node:fs";
import { loadPolicyBundle, type PolicyBundle } from "./policy-bundle.js";

/**
 * The committed bundle sits at `<package>/bundle/policy.wasm`, one level
 * above both `src/` and `dist/`, so the same relative URL works from the
 * sources and from the published package. No OPA binary is needed.
 */
export const BUILTIN_WASM_URL = new URL("../../bundle/policy.wasm", import.meta.url);

let builtin: PolicyBundle | undefined;

/** The built-in rules, instantiated on first use and reused afterwards. */
export function builtinBundle(): PolicyBundle {
  builtin ??= loadPolicyBundle(readFileSync(BUILTIN_WASM_URL), "builtin");
  return builtin;
}
