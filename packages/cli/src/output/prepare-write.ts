import { join } from "node:path";
import { OutputCodes, type OutputProblem } from "./output-codes.js";
import { makeManifest, serializeManifest, type OutputManifest } from "./output-manifest.js";
import { parentDirectories } from "./output-paths.js";
import { inspectPath, lstatOrUndefined, sha256, type PathState } from "./path-state.js";
import { planOutputChanges, type OutputChanges } from "./plan-output-changes.js";
import type { StagedFile } from "./stage-files.js";
import type { StagingJournal } from "./staging-journal.js";

/** Everything a run will do, decided before a byte is written. */
export interface PreparedWrite {
  readonly journal: StagingJournal;
  readonly manifest: string;
  readonly toWrite: readonly StagedFile[];
  readonly changes: OutputChanges;
  /** Directories the previous run created that no file needs now (removed if empty). */
  readonly unneeded: readonly string[];
}

/**
 * Looks at what is in `out` for every path the previous manifest and this
 * run name, and decides the changes, the journal and the new manifest; or
 * the problem that stops the run (a taken path, edited files without force).
 */
export async function prepareWrite(
  out: string,
  shown: string,
  previous: OutputManifest | undefined,
  files: readonly StagedFile[],
  force: boolean,
): Promise<PreparedWrite | OutputProblem> {
  const states = await pathStates(out, previous, files);
  const changes = planOutputChanges(previous, files, states, force);
  const problem = changesProblem(changes, shown, force);
  if (problem !== undefined) return problem;
  const journal = await journalFor(out, files, changes);
  const directories = [...journal.createDirs, ...(await existingDirectories(out, previous))];
  const manifest = serializeManifest(makeManifest(files, directories));
  return {
    journal: { ...journal, manifestSha256: sha256(manifest) },
    manifest,
    toWrite: filesToWrite(files, changes),
    changes,
    unneeded: unneededDirectories(previous, files),
  };
}

async function pathStates(
  out: string,
  previous: OutputManifest | undefined,
  files: readonly StagedFile[],
): Promise<Map<string, PathState>> {
  const paths = new Set([...(previous?.files ?? []), ...files].map((f) => f.path));
  const states = new Map<string, PathState>();
  for (const path of paths) states.set(path, await inspectPath(out, path));
  return states;
}

function changesProblem(
  changes: OutputChanges,
  shown: string,
  force: boolean,
): OutputProblem | undefined {
  if (changes.taken.length > 0)
    return {
      info: OutputCodes.PathTaken,
      message: `IDIO must write ${changes.taken.map((t) => `${shown}/${t.path} (${t.why})`).join(", ")}.`,
      hint: "Move that file or link away (IDIO never replaces what it did not write), or choose another --out.",
      paths: changes.taken.map((t) => t.path),
    };
  if (changes.edited.length > 0 && !force)
    return {
      info: OutputCodes.EditedFiles,
      message: `These generated files were edited since IDIO wrote them: ${changes.edited.map((p) => `${shown}/${p}`).join(", ")}.`,
      hint: "Move your changes into the intent (or keep a copy), then run again with --force to overwrite them.",
      paths: changes.edited,
    };
  return undefined;
}

async function journalFor(
  out: string,
  files: readonly StagedFile[],
  changes: OutputChanges,
): Promise<StagingJournal> {
  const hashes = new Map(files.map((f) => [f.path, f.sha256]));
  const needed = [...new Set(files.flatMap((f) => parentDirectories(f.path)))].sort(
    (a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1),
  );
  const createDirs: string[] = [];
  for (const directory of needed)
    if ((await lstatOrUndefined(join(out, directory))) === undefined) createDirs.push(directory);
  return {
    format: 1,
    pid: process.pid,
    phase: "staging",
    manifestSha256: "",
    writes: changes.writes.map((w) => ({ ...w, sha256: hashes.get(w.path)! })),
    removals: changes.removals,
    createDirs,
  };
}

/** Directories the previous run created that still exist stay recorded (they are IDIO's to remove when empty). */
async function existingDirectories(
  out: string,
  previous: OutputManifest | undefined,
): Promise<string[]> {
  const existing: string[] = [];
  for (const directory of previous?.directories ?? [])
    if ((await inspectPath(out, directory)).kind === "directory") existing.push(directory);
  return existing;
}

function unneededDirectories(
  previous: OutputManifest | undefined,
  files: readonly StagedFile[],
): string[] {
  const needed = new Set(files.flatMap((f) => parentDirectories(f.path)));
  return (previous?.directories ?? []).filter((d) => !needed.has(d));
}

function filesToWrite(files: readonly StagedFile[], changes: OutputChanges): StagedFile[] {
  const writing = new Set(changes.writes.map((w) => w.path));
  return files.filter((f) => writing.has(f.path));
}
