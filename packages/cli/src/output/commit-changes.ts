import { mkdir, rename, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { MANIFEST_NAME } from "./output-paths.js";
import { writeJournal, type StagingJournal } from "./staging-journal.js";
import { stagedPath, undoCommit } from "./undo-commit.js";

/** Test-only: called before each rename of the commit (a throw stands for a failing disk). */
export type CommitStepHook = (step: number) => Promise<void> | void;

/**
 * Moves the staged files into `out` by renames: every file replaced or
 * removed is first moved to the backups, then the new one put in place,
 * and the manifest last. On any error the backups are put back, so the
 * previous output is whole, and the staging directory is removed.
 */
export async function commitChanges(
  out: string,
  staging: string,
  journal: StagingJournal,
  beforeStep: CommitStepHook = () => undefined,
): Promise<void> {
  const committing = { ...journal, phase: "commit" as const };
  let step = 0;
  const move = async (from: string, to: string) => {
    await beforeStep(step++);
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
  };
  try {
    await writeJournal(staging, committing);
    for (const directory of journal.createDirs) await mkdir(join(out, directory));
    for (const { path, replaces } of journal.writes) {
      if (replaces) await move(join(out, path), stagedPath(staging, "old", path));
      await move(stagedPath(staging, "new", path), join(out, path));
    }
    for (const path of journal.removals)
      await move(join(out, path), stagedPath(staging, "old", path));
    await move(join(staging, "manifest.json"), join(out, MANIFEST_NAME));
  } catch (error) {
    await undoCommit(out, staging, committing);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(staging, { recursive: true, force: true });
}

/** After a commit: directories IDIO created that are no longer needed go, if empty (a user's file keeps one). */
export async function removeEmptyDirectories(
  out: string,
  directories: readonly string[],
): Promise<void> {
  const deepestFirst = [...directories].sort((a, b) => b.split("/").length - a.split("/").length);
  for (const directory of deepestFirst) await rmdir(join(out, directory)).catch(() => undefined);
}
