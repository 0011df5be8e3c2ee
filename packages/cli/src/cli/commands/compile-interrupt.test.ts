import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";
import { expectWhole, snapshot } from "../../output/test-support/output-tree.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const MAIN = join(REPO, "packages/cli/src/cli/main.ts");
const STATIC = readFileSync(join(REPO, "examples/static-website/intent.yaml"), "utf8");

/**
 * Runs the real CLI from source in a child process (tsx, with the monorepo's
 * path aliases), pausing where IDIO_TEST_PAUSE_AT says (a test-only hook of
 * `idio compile`), and sends `signal` once it says it paused there.
 */
function compileAndSignal(cwd: string, pauseAt: string, signal: NodeJS.Signals) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", MAIN, "compile", join(cwd, "intent.yaml"), "--out", join(cwd, "o")],
    {
      cwd: REPO,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: "tsconfig.check.json",
        IDIO_TEST_PAUSE_AT: pauseAt,
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes(`idio-test: paused in ${pauseAt}\n`)) child.kill(signal);
  });
  return new Promise<{ signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (_, exitSignal) => resolve({ signal: exitSignal, stderr })),
  );
}

describe("idio compile interrupted by a signal (real process)", () => {
  let cwd: string;
  let previous: Map<string, string>;
  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), "idio-sig-"));
    writeFileSync(join(cwd, "intent.yaml"), STATIC);
    expect(await runCli(["compile", "intent.yaml", "--out", "o"], memoryIo({ cwd }).io)).toBe(0);
    writeFileSync(join(cwd, "o/terraform/terraform.tfstate"), '{"serial":3}\n');
    writeFileSync(
      join(cwd, "intent.yaml"),
      STATIC.replace(/monthlyBudgetUsd: \d+/, "monthlyBudgetUsd: 75"),
    );
    previous = snapshot(join(cwd, "o"));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it("SIGINT while staging: exits by SIGINT with IDIO715, the previous output whole and unchanged", async () => {
    const result = await compileAndSignal(cwd, "staging", "SIGINT");
    expect(result.signal).toBe("SIGINT");
    expect(result.stderr).toContain("error IDIO715 Stopped by SIGINT before anything in");
    expect(snapshot(join(cwd, "o"))).toEqual(previous);
    expectWhole(join(cwd, "o"));
  });

  it("SIGTERM during the commit: held until the new output is whole, then exits by SIGTERM; state kept", async () => {
    const result = await compileAndSignal(cwd, "commit", "SIGTERM");
    expect(result.signal).toBe("SIGTERM");
    const now = snapshot(join(cwd, "o"));
    expect(now.get("plan.json")).not.toEqual(previous.get("plan.json"));
    expect(now.get("terraform/terraform.tfstate")).toEqual(
      previous.get("terraform/terraform.tfstate"),
    );
    expectWhole(join(cwd, "o"));
  });
});
