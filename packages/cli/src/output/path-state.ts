import { createHash } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { join } from "node:path";
import { parentDirectories } from "./output-paths.js";
import { textSlices } from "./text-slices.js";

/** What is on disk at a path inside the output directory, found without following any link. */
export type PathState =
  | { readonly kind: "missing" }
  | { readonly kind: "file"; readonly sha256: string }
  | { readonly kind: "directory" }
  | { readonly kind: "other"; readonly what: string }
  /** A parent on the way is a link or not a directory, so IDIO will not go through it. */
  | { readonly kind: "blocked"; readonly at: string; readonly what: string };

export async function inspectPath(root: string, path: string): Promise<PathState> {
  for (const parent of parentDirectories(path)) {
    const info = await lstatOrUndefined(join(root, parent));
    if (info === undefined) return { kind: "missing" };
    if (!info.isDirectory()) return { kind: "blocked", at: parent, what: describeEntry(info) };
  }
  const info = await lstatOrUndefined(join(root, path));
  if (info === undefined) return { kind: "missing" };
  if (info.isDirectory()) return { kind: "directory" };
  if (!info.isFile()) return { kind: "other", what: describeEntry(info) };
  return { kind: "file", sha256: await hashFile(join(root, path)) };
}

/** The hash of bytes, or of a text's UTF-8 (a slice at a time: no whole copy of a large text). */
export function sha256(data: Uint8Array | string): string {
  const hash = createHash("sha256");
  if (typeof data === "string") for (const slice of textSlices(data)) hash.update(slice, "utf8");
  else hash.update(data);
  return hash.digest("hex");
}

/** Hashes a regular file in chunks; O_NOFOLLOW|O_NONBLOCK so a swapped-in link or FIFO never hangs it. */
async function hashFile(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${path} changed while being read`);
    const hash = createHash("sha256");
    for await (const chunk of handle.createReadStream({ autoClose: false })) hash.update(chunk);
    return hash.digest("hex");
  } finally {
    await handle.close();
  }
}

export async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  return lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw error;
  });
}

/** "a symbolic link", "a FIFO", ... for messages. */
export function describeEntry(info: Stats): string {
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isDirectory()) return "a directory";
  return "a regular file";
}
