import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectGolden } from "@idio-iac/testing";
import { ExitCode } from "../cli/exit-codes.js";
import { runCli } from "../cli/run-cli.js";
import { memoryIo } from "../test-support/memory-io.js";

/**
 * `idio diff` goldens: golden/base.yaml -> golden/head.yaml in each format,
 * and the reverse (what was new is resolved, added is removed). Regenerate with
 *   IDIO_UPDATE_GOLDEN=1 npx vitest run packages/cli/src/diff/diff.golden.test.ts
 */
const GOLDEN = fileURLToPath(new URL("./golden/", import.meta.url));

async function diff(...args: string[]) {
  const run = memoryIo({ cwd: GOLDEN });
  // --no-fix keeps the policy findings open so the goldens show them; the date judges waiver expiry.
  const code = await runCli(["diff", ...args, "--no-fix", "--as-of", "2026-06-01"], run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe("idio diff goldens", () => {
  it.each(["text", "json", "markdown"])("base -> head as %s", async (format) => {
    const result = await diff("base.yaml", "head.yaml", "--format", format);
    expect(result.code).toBe(ExitCode.Ok);
    const ext = { text: "txt", json: "json", markdown: "md" }[format];
    expectGolden(`${GOLDEN}base-to-head.${ext}`, result.stdout);
  });

  it("head -> base reverses it: removed, resolved, waivers swapped", async () => {
    const result = await diff("head.yaml", "base.yaml");
    expect(result.code).toBe(ExitCode.Ok);
    expectGolden(`${GOLDEN}head-to-base.txt`, result.stdout);
  });
});
