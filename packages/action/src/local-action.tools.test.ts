import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAKE_REPO, FakeGitHub } from "./test-support/fake-github.js";
import {
  parseOutputs,
  pullRequestRepo,
  REPO_ROOT,
  runnerEnv,
} from "./test-support/pull-request-repo.js";
import { MARKER } from "./sticky-comment.js";

/**
 * The committed bundle under @github/local-action (GitHub's runner emulator):
 * it reads action.yml, loads a dotenv file of INPUT_* and GITHUB_* variables,
 * imports the entry and calls its run().
 */
const LOCAL_ACTION = join(REPO_ROOT, "node_modules/@github/local-action/bin/local-action.js");

let github: FakeGitHub;
beforeAll(async () => {
  github = await new FakeGitHub().start();
});
afterAll(async () => {
  await github.stop();
});

function localAction(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const dotenv = join(mkdtempSync(join(tmpdir(), "idio-local-action-")), ".env");
  writeFileSync(
    dotenv,
    Object.entries(env)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join("\n"),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [LOCAL_ACTION, "run", REPO_ROOT, "packages/action/bundle/index.mjs", dotenv],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout) =>
        resolve({
          code: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
          stdout,
        }),
    );
  });
}

describe("the Action under @github/local-action", () => {
  it("posts one comment, then gates on approval and updates the same comment", async () => {
    const repo = pullRequestRepo();
    const first = runnerEnv(repo, github.url, {});
    const run = await localAction(first.env);
    expect(run.stdout).toContain("Running Action");
    expect(run.stdout).toContain("comment: created");
    expect(run.code).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body.startsWith(`${MARKER}\n## IDIO: 2 intents changed`)).toBe(true);
    expect(parseOutputs(readFileSync(first.outputFile, "utf8")).approval).toBe("not-needed");

    const second = runnerEnv(repo, github.url, {
      "require-approval": "cost-increase",
      approvers: "alice",
    });
    const gated = await localAction(second.env);
    expect(gated.code).not.toBe(0);
    expect(gated.stdout).toContain("::error title=IDIO gate::approval required (cost-increase)");
    expect(parseOutputs(readFileSync(second.outputFile, "utf8")).approval).toBe("required");
    expect(github.comments).toHaveLength(1);
    expect(github.calls().at(-1)).toBe(
      `PATCH /repos/${FAKE_REPO.owner}/${FAKE_REPO.repo}/issues/comments/${github.comments[0]!.id}`,
    );
  });
});
