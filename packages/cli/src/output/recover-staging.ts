import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { MANIFEST_NAME, STAGING_NAME } from "./output-paths.js";
import { describeEntry, lstatOrUndefined, sha256 } from "./path-state.js";
import { readJournal } from "./staging-journal.js";
import { undoCommit } from "./undo-commit.js";

export type Recovery =
  | { readonly kind: "clean" }
  | { readonly kind: "recovered"; readonly undone: boolean }
  | { readonly kind: "busy"; readonly pid: number }
  | { readonly kind: "unrecognised"; readonly why: string };

/**
 * Deals with a staging directory left in `out` by an earlier run. It is
 * IDIO's only if it holds a valid journal (or nothing yet), and it is
 * touched only if that run's process is gone: a staging-phase leftover is
 * deleted, a commit-phase one is undone unless its manifest was written.
 */
export async function recoverStaging(out: string): Promise<Recovery> {
  const staging = join(out, STAGING_NAME);
  const info = await lstatOrUndefined(staging);
  if (info === undefined) return { kind: "clean" };
  if (!info.isDirectory()) return { kind: "unrecognised", why: `it is ${describeEntry(info)}` };
  const journal = await readJournal(staging);
  if (journal === undefined) return removeIfBarelyStarted(staging);
  if (journal.pid !== process.pid && isAlive(journal.pid))
    return { kind: "busy", pid: journal.pid };
  const committed =
    journal.phase === "commit" && (await manifestHash(out)) === journal.manifestSha256;
  const undone = journal.phase === "commit" && !committed;
  if (undone) await undoCommit(out, staging, journal);
  await rm(staging, { recursive: true, force: true });
  return { kind: "recovered", undone };
}

/** Killed between creating the directory and writing the journal: it holds at most a journal being written. */
async function removeIfBarelyStarted(staging: string): Promise<Recovery> {
  const entries = await readdir(staging);
  if (entries.some((entry) => entry !== "journal.json.tmp"))
    return { kind: "unrecognised", why: "it holds files but no journal IDIO can read" };
  await rm(staging, { recursive: true, force: true });
  return { kind: "recovered", undone: false };
}

async function manifestHash(out: string): Promise<string | undefined> {
  const path = join(out, MANIFEST_NAME);
  const info = await lstatOrUndefined(path);
  return info?.isFile() ? sha256(await readFile(path)) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
