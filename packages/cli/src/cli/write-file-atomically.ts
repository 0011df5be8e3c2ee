import writeFileAtomic from "write-file-atomic";

/**
 * Replaces `path` with `text` whole or not at all: the text goes to a temporary
 * file beside it (same directory, so the rename is atomic), is flushed, then
 * renamed over it. On any failure, and on SIGINT/SIGTERM mid-write, the
 * temporary file is removed and the previous file stays as it was.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text, { encoding: "utf8", fsync: true });
}
