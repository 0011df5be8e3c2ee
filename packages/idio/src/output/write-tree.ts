import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { EmittedFile } from "@idio/emitters";

/** The file that marks a directory as IDIO's output, so replacing it never deletes a user's files. */
export const OUTPUT_MARKER = "plan.json";

export class OutputDirectoryError extends Error {}

/**
 * Writes `files` as the whole content of `directory`, atomically: into a
 * temporary directory beside it, then renamed into place. On any error the
 * temporary directory is removed and `directory` is as it was. An existing
 * `directory` is replaced only when it is empty or a previous IDIO output.
 */
export async function writeTreeAtomically(
  directory: string,
  files: readonly EmittedFile[],
): Promise<void> {
  const existing = await stat(directory).catch(() => undefined);
  if (existing !== undefined) {
    if (!existing.isDirectory())
      throw new OutputDirectoryError(`${directory} exists and is not a directory`);
    const entries = await readdir(directory);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER))
      throw new OutputDirectoryError(
        `${directory} is not empty and holds no ${OUTPUT_MARKER}: refusing to replace it`,
      );
  }
  const parent = dirname(directory);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const staging = join(parent, `.${basename(directory)}.idio-tmp-${suffix}`);
  const retired = join(parent, `.${basename(directory)}.idio-old-${suffix}`);
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(
        path,
        file.encoding === "base64" ? Buffer.from(file.contents, "base64") : file.contents,
      );
    }
    if (existing !== undefined) await rename(directory, retired);
    try {
      await rename(staging, directory);
    } catch (error) {
      if (existing !== undefined) await rename(retired, directory);
      throw error;
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await rm(retired, { recursive: true, force: true });
}
