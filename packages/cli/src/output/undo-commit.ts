import { mkdir, rename, rmdir, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { inspectPath, lstatOrUndefined } from "./path-state.js";
import type { StagingJournal } from "./staging-journal.js";

/** Staged new files live under `<staging>/new`, backups of replaced or removed ones under `<staging>/old`. */
export const stagedPath = (staging: string, side: "new" | "old", path: string) =>
  join(staging, side, path);

/**
 * Puts the previous output back from the backups in `staging`, whatever
 * point the commit reached: used on an error during commit and for a run
 * that was killed mid-commit. Idempotent, and it reads only what is on disk
 * (a backup exists exactly when its rename happened).
 */
export async function undoCommit(
  out: string,
  staging: string,
  journal: StagingJournal,
): Promise<void> {
  for (const path of journal.removals) await restoreBackup(out, staging, path);
  for (const write of [...journal.writes].reverse()) {
    if (await restoreBackup(out, staging, write.path)) continue;
    if (!write.replaces) await removeIfPlaced(out, staging, write);
  }
  const deepestFirst = [...journal.createDirs].sort((a, b) => b.length - a.length);
  for (const directory of deepestFirst) await rmdir(join(out, directory)).catch(() => undefined);
}

async function restoreBackup(out: string, staging: string, path: string): Promise<boolean> {
  const backup = stagedPath(staging, "old", path);
  if ((await lstatOrUndefined(backup)) === undefined) return false;
  await mkdir(dirname(join(out, path)), { recursive: true });
  await rename(backup, join(out, path));
  return true;
}

/** A new file that was renamed into place (gone from staging, its bytes at the path) is removed. */
async function removeIfPlaced(
  out: string,
  staging: string,
  write: StagingJournal["writes"][number],
): Promise<void> {
  if ((await lstatOrUndefined(stagedPath(staging, "new", write.path))) !== undefined) return;
  const state = await inspectPath(out, write.path);
  if (state.kind === "file" && state.sha256 === write.sha256) await unlink(join(out, write.path));
}
