import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const BIN = "packages/cli/bin/idio.js";

/** The built `idio` bin, spawned as users run it (needs `npm run build`, which `npm ci` runs). */
function idio(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
}

describe("idio bin", () => {
  it("validates the examples (exit 0) and reports a missing file (exit 2)", () => {
    const ok = idio(
      "validate",
      "examples/ecommerce-platform/intent.yaml",
      "examples/static-website/intent.yaml",
    );
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("examples/ecommerce-platform/intent.yaml: valid (4 tiers)");
    expect(ok.status).toBe(0);

    const missing = idio("validate", "examples/nope/intent.yaml", "--format", "json");
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual([
      expect.objectContaining({ code: "IDIO001", file: "examples/nope/intent.yaml" }),
    ]);
  });
});
