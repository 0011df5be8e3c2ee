import { lstat, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isSafeOutputPath } from "./output-paths.js";

const JOURNAL = "journal.json";
const JOURNAL_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The record a run keeps in its staging directory, so that a run killed
 * outright (SIGKILL, power loss) is recognised and undone by the next one.
 * `phase` is "commit" once renames into the output may have started; the
 * commit is complete when the output's manifest hashes to `manifestSha256`.
 */
export interface StagingJournal {
  readonly format: 1;
  readonly pid: number;
  readonly phase: "staging" | "commit";
  readonly manifestSha256: string;
  readonly writes: readonly { path: string; sha256: string; replaces: boolean }[];
  readonly removals: readonly string[];
  readonly createDirs: readonly string[];
}

/** Atomic: written beside, then renamed, so a reader sees the old or the new journal. */
export async function writeJournal(staging: string, journal: StagingJournal): Promise<void> {
  const temporary = join(staging, `${JOURNAL}.tmp`);
  await writeFile(temporary, JSON.stringify(journal));
  await rename(temporary, join(staging, JOURNAL));
}

/** The journal in `staging`, or undefined when it is missing or not one IDIO wrote (untrusted input). */
export async function readJournal(staging: string): Promise<StagingJournal | undefined> {
  const path = join(staging, JOURNAL);
  const info = await lstat(path).catch(() => undefined);
  if (info === undefined || !info.isFile() || info.size > JOURNAL_MAX_BYTES) return undefined;
  try {
    const value: unknown = JSON.parse(await readFile(path, "utf8"));
    return isJournal(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function isJournal(value: unknown): value is StagingJournal {
  if (typeof value !== "object" || value === null) return false;
  const j = value as Record<string, unknown>;
  return (
    j.format === 1 &&
    Number.isSafeInteger(j.pid) &&
    (j.phase === "staging" || j.phase === "commit") &&
    typeof j.manifestSha256 === "string" &&
    Array.isArray(j.writes) &&
    j.writes.every(isWrite) &&
    isPathList(j.removals) &&
    isPathList(j.createDirs)
  );
}

function isWrite(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const w = value as Record<string, unknown>;
  return (
    typeof w.path === "string" &&
    isSafeOutputPath(w.path) &&
    typeof w.sha256 === "string" &&
    typeof w.replaces === "boolean"
  );
}

function isPathList(value: unknown): boolean {
  return Array.isArray(value) && value.every((p) => typeof p === "string" && isSafeOutputPath(p));
}
