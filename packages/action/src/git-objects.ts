import { execFile } from "node:child_process";

/** Intents are small; this bounds a blob that is not one. */
const MAX_BLOB_BYTES = 16 * 1024 * 1024;

/** A full or abbreviated commit id: the only revision form accepted from an event. */
const SHA = /^[0-9a-f]{7,64}$/;

/**
 * Runs git with an argument array (never a shell): nothing from the pull
 * request (branch names, titles, paths) is ever interpreted as a command.
 */
function git(
  cwd: string,
  args: readonly string[],
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      [...args],
      {
        cwd,
        maxBuffer: MAX_BLOB_BYTES,
        encoding: "utf8",
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
      },
      (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }),
    );
  });
}

function checkSha(sha: string): string {
  if (!SHA.test(sha)) throw new Error(`not a commit id: ${JSON.stringify(sha)}`);
  return sha;
}

/** Whether the commit's objects are in the clone. */
export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ["cat-file", "-e", `${checkSha(sha)}^{commit}`])).ok;
}

/** Fetches a pull request's head (objects only: nothing is checked out or run). */
export async function fetchPullHead(cwd: string, pull: number): Promise<boolean> {
  if (!Number.isSafeInteger(pull) || pull < 1) return false;
  return (await git(cwd, ["fetch", "--no-tags", "--quiet", "origin", `+refs/pull/${pull}/head`]))
    .ok;
}

/** Fetches one commit by id (objects only). */
export async function fetchCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ["fetch", "--no-tags", "--quiet", "origin", checkSha(sha)])).ok;
}

/** Every file path in a commit's tree (as git stores them: `/`-separated). */
export async function listFiles(cwd: string, sha: string): Promise<string[] | undefined> {
  const result = await git(cwd, ["ls-tree", "-r", "-z", "--name-only", checkSha(sha)]);
  return result.ok ? result.stdout.split("\0").filter((path) => path !== "") : undefined;
}

/** Paths that differ between two commits (added, modified, deleted, renamed). */
export async function changedFiles(
  cwd: string,
  base: string,
  head: string,
): Promise<string[] | undefined> {
  const result = await git(cwd, [
    "diff",
    "--name-only",
    "-z",
    "--no-renames",
    checkSha(base),
    checkSha(head),
    "--",
  ]);
  return result.ok ? result.stdout.split("\0").filter((path) => path !== "") : undefined;
}

/** A file's text at a commit, read from git objects; undefined when the path is not in that commit. */
export async function readBlob(
  cwd: string,
  sha: string,
  path: string,
): Promise<string | undefined> {
  // `<sha>:<path>` is one argument: a path with spaces or `;` stays a path.
  const result = await git(cwd, ["show", `${checkSha(sha)}:${path}`]);
  return result.ok ? result.stdout : undefined;
}

/** Where the pull request's branch left its base: the base version of a changed file. */
export async function mergeBase(
  cwd: string,
  base: string,
  head: string,
): Promise<string | undefined> {
  const result = await git(cwd, ["merge-base", checkSha(base), checkSha(head)]);
  const sha = result.stdout.trim();
  return result.ok && SHA.test(sha) ? sha : undefined;
}
