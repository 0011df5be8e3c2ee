import { mkdir, open, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { STAGING_NAME } from "./output-paths.js";
import type { SignalGuard } from "./signal-guard.js";
import { TEXT_SLICE, textSlices } from "./text-slices.js";
import { writeJournal, type StagingJournal } from "./staging-journal.js";
import { stagedPath } from "./undo-commit.js";

export interface StagedFile {
  readonly path: string;
  /**
   * Text is kept as the emitter's string (written as UTF-8), not copied into a Buffer
   * beside it: at 1,000 tiers the output is tens of MB. Only base64 files are decoded.
   */
  readonly contents: string | Buffer;
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
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a pair, two units, is 4).
    const scratch = Buffer.allocUnsafe(3 * TEXT_SLICE);
    await writeJournal(staging, journal);
    for (const file of files) {
      if (signals.received !== undefined) throw new StagingInterrupted(signals.received);
      const path = stagedPath(staging, "new", file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeContents(path, file.contents, scratch);
    }
    await writeFile(join(staging, "manifest.json"), manifest);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return staging;
}

/**
 * Text is encoded a slice at a time into one reused `scratch` Buffer: writeFile would first
 * copy a whole string into a Buffer (tens of MB for a 1,000-tier template) beside the string
 * it came from, and a new Buffer per slice would pile up until the next collection.
 */
async function writeContents(
  path: string,
  contents: string | Buffer,
  scratch: Buffer,
): Promise<void> {
  if (typeof contents !== "string") return writeFile(path, contents);
  const handle = await open(path, "w");
  try {
    for (const slice of textSlices(contents)) {
      const length = scratch.write(slice, "utf8");
      for (let written = 0; written < length;)
        written += (await handle.write(scratch, written, length - written)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
}
