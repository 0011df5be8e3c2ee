import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FAKE_REPO } from "./fake-github.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const BUNDLE = join(REPO_ROOT, "packages/action/bundle/index.mjs");
const example = (name: string) =>
  readFileSync(join(REPO_ROOT, "examples", name, "intent.yaml"), "utf8");

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_AUTHOR_DATE: "2026-11-20T10:00:00Z",
      GIT_COMMITTER_DATE: "2026-11-20T10:00:00Z",
    },
  }).trim();
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

export interface PullRequestRepo {
  readonly dir: string;
  readonly baseSha: string;
  readonly headSha: string;
  readonly eventPath: string;
}

/**
 * A git repository with a base commit (two intents and a README) and a pull
 * request's head commit: `apps/taskly/intent.yaml` changes (more memory, a
 * bigger database), `apps/site/intent.yaml` is new, `apps/same/intent.yaml`
 * is untouched. The working tree is left at the base, as under
 * pull_request_target: the Action reads the head from git objects.
 */
export function pullRequestRepo(
  options: { headTaskly?: (text: string) => string } = {},
): PullRequestRepo {
  const dir = mkdtempSync(join(tmpdir(), "idio-action-repo-"));
  git(dir, "init", "--quiet", "--initial-branch=main");
  const mvp = example("startup-mvp");
  write(dir, "apps/taskly/intent.yaml", mvp);
  write(dir, "apps/same/intent.yaml", mvp.replace("name: taskly", "name: same"));
  write(dir, "README.md", "base\n");
  git(dir, "add", ".");
  git(dir, "commit", "--quiet", "-m", "base");
  const baseSha = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "--quiet", "-b", "feature");
  const changed =
    options.headTaskly?.(mvp) ??
    mvp.replace("memoryMb: 512", "memoryMb: 1024").replace("dataSizeGb: 20", "dataSizeGb: 200");
  write(dir, "apps/taskly/intent.yaml", changed);
  write(dir, "apps/site/intent.yaml", example("static-website"));
  // A path with a space and a `;` stays a path: no shell is involved.
  write(dir, "apps/odd; name/notes.txt", "not an intent\n");
  git(dir, "add", ".");
  git(dir, "commit", "--quiet", "-m", "$(touch pwned) `touch pwned`");
  const headSha = git(dir, "rev-parse", "HEAD");
  git(dir, "checkout", "--quiet", "main");
  const eventPath = join(dir, "..", `${dir.split("/").pop()}-event.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: "synchronize",
      number: FAKE_REPO.number,
      pull_request: {
        number: FAKE_REPO.number,
        title: "$(touch pwned-title) ; rm -rf /",
        body: "`touch pwned-body`",
        base: { ref: "main", sha: baseSha },
        head: { ref: "feature; touch pwned-branch", sha: headSha },
        labels: [],
      },
      repository: { full_name: `${FAKE_REPO.owner}/${FAKE_REPO.repo}` },
    }),
  );
  return { dir, baseSha, headSha, eventPath };
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** Parses `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** The runner's environment for one step: INPUT_* (hyphens kept, as the runner does) and GITHUB_*. */
export function runnerEnv(
  repo: PullRequestRepo,
  apiUrl: string,
  inputs: Readonly<Record<string, string>>,
): { env: Record<string, string>; outputFile: string; summaryFile: string } {
  const temp = mkdtempSync(join(tmpdir(), "idio-action-runner-"));
  const outputFile = join(temp, "output");
  const summaryFile = join(temp, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request_target",
    GITHUB_EVENT_PATH: repo.eventPath,
    GITHUB_REPOSITORY: `${FAKE_REPO.owner}/${FAKE_REPO.repo}`,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_SHA: repo.baseSha,
    GITHUB_RUN_ID: "4242",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    "INPUT_GITHUB-TOKEN": "ghs_faketoken",
    INPUT_INTENTS: "apps/**/intent.yaml",
    // One worker keeps the tests light on a shared machine; one test uses two.
    INPUT_PARALLELISM: "1",
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, outputFile, summaryFile };
}

/** Runs the committed bundle as the runner does: `node <bundle>` with the step's environment. */
export function runBundle(
  repo: PullRequestRepo,
  apiUrl: string,
  inputs: Readonly<Record<string, string>> = {},
  overrides: Readonly<Record<string, string>> = {},
): Promise<ActionRun> {
  const { env: base, outputFile, summaryFile } = runnerEnv(repo, apiUrl, inputs);
  const env = { ...base, ...overrides };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BUNDLE],
      {
        cwd: repo.dir,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error === null ? 0 : typeof error.code === "number" ? error.code : 1,
          stdout,
          stderr,
          outputs: parseOutputs(readFileSync(outputFile, "utf8")),
          summary: readFileSync(summaryFile, "utf8"),
        }),
    );
  });
}
