import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { STAGING_NAME } from "./output-paths.js";
import type { SignalGuard } from "./signal-guard.js";
import { writeJournal, type StagingJournal } from "./staging-journal.js";
import { stagedPath } from "./undo-commit.js";

export interface StagedFile {
  readonly path: string;
  readonly bytes: Buffer;
  readonly sha256: string;
}

/** Thrown between staged files when SIGINT or SIGTERM arrived; nothing in the output was touched yet. */
export class StagingInterrupted extends Error {}

/**
 * Creates `<out>/.idio-staging` (inside the output, so every later rename
 * stays on one filesystem) and writes the journal, every new file and the
 * new manifest there, removing it again on any error. Fails with EEXIST when another run holds it.
 */
export async function stageFiles(
  out: string,
  journal: StagingJournal,
  files: readonly StagedFile[],
  manifest: string,
  signals: SignalGuard,
): Promise<string> {
  const staging = join(out, STAGING_NAME);
  await mkdir(staging, { mode: 0o700 });
  try {
    await writeJournal(staging, journal);
    for (const file of files) {
      if (signals.received !== undefined) throw new StagingInterrupted(signals.received);
      const path = stagedPath(staging, "new", file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.bytes);
    }
    await writeFile(join(staging, "manifest.json"), manifest);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return staging;
}
