import { mkdir, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { EmittedFile } from "@idio/emitters";
import { commitChanges, removeEmptyDirectories, type CommitStepHook } from "./commit-changes.js";
import { inspectOutput } from "./inspect-output.js";
import { OutputCodes, type OutputProblem } from "./output-codes.js";
import { makeManifest, serializeManifest, type OutputManifest } from "./output-manifest.js";
import { isSafeOutputPath, parentDirectories } from "./output-paths.js";
import { inspectPath, lstatOrUndefined, sha256, type PathState } from "./path-state.js";
import { planOutputChanges, type OutputChanges } from "./plan-output-changes.js";
import { guardSignals, type GuardedSignal, type SignalGuard } from "./signal-guard.js";
import { stageFiles, StagingInterrupted, type StagedFile } from "./stage-files.js";
import type { StagingJournal } from "./staging-journal.js";

export interface WriteOptions {
  /** Overwrite generated files the user has edited (they are reported). */
  readonly force?: boolean;
  /** The output directory as the user named it, for messages. */
  readonly shown?: string;
  /** Test-only hooks: a pause at a phase (until a signal arrives) and a fault before a commit step. */
  readonly hooks?: {
    readonly pause?: (point: "staging" | "commit", signals: SignalGuard) => Promise<void>;
    readonly beforeCommitStep?: CommitStepHook;
  };
}

export type WriteResult =
  | {
      readonly kind: "written";
      readonly overwritten: readonly string[];
      readonly keptEdited: readonly string[];
      /** A signal that arrived during the commit; the caller re-raises it. */
      readonly signal?: GuardedSignal;
    }
  | { readonly kind: "refused"; readonly problem: OutputProblem }
  | { readonly kind: "interrupted"; readonly signal: GuardedSignal };

/**
 * Writes `files` into `out` (an absolute path already checked by
 * checkOutputDirectory), touching only what the previous run's manifest
 * says IDIO wrote; everything else there is left byte for byte. Atomic
 * and interrupt-safe (see commitChanges and SignalGuard).
 */
export async function writeOwnedTree(
  out: string,
  files: readonly EmittedFile[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const signals = guardSignals();
  const created = await lstatOrUndefined(out).then((info) =>
    info === undefined ? mkdir(out, { recursive: true }) : undefined,
  );
  try {
    const result = await writeInto(out, stagedFiles(files), options, signals);
    if (result.kind !== "written") await removeCreatedRoot(out, created);
    return result;
  } catch (error) {
    await removeCreatedRoot(out, created);
    if (error instanceof StagingInterrupted)
      return { kind: "interrupted", signal: signals.received! };
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== "string") throw error;
    return { kind: "refused", problem: writeFailed(options.shown ?? out, code) };
  } finally {
    signals.dispose();
  }
}

async function writeInto(
  out: string,
  files: readonly StagedFile[],
  options: WriteOptions,
  signals: SignalGuard,
): Promise<WriteResult> {
  const shown = options.shown ?? out;
  const ownership = await inspectOutput(out, shown);
  if (ownership.kind === "refused") return ownership;
  const previous = ownership.previous;
  const changes = planOutputChanges(
    previous,
    files,
    await pathStates(out, previous, files),
    options.force ?? false,
  );
  const refusal = changesProblem(changes, shown, options.force ?? false);
  if (refusal !== undefined) return { kind: "refused", problem: refusal };
  const journal = await journalFor(out, files, changes);
  const manifest = serializeManifest(
    makeManifest(files, [...journal.createDirs, ...(await existingDirectories(out, previous))]),
  );
  const staging = await stageFiles(
    out,
    { ...journal, manifestSha256: sha256(manifest) },
    filesToWrite(files, changes),
    manifest,
    signals,
  );
  await options.hooks?.pause?.("staging", signals);
  if (signals.received !== undefined) {
    await rm(staging, { recursive: true, force: true });
    return { kind: "interrupted", signal: signals.received };
  }
  const pause = options.hooks?.pause;
  await commitChanges(
    out,
    staging,
    { ...journal, manifestSha256: sha256(manifest) },
    async (step) => {
      if (step === 1 && pause !== undefined) await pause("commit", signals);
      await options.hooks?.beforeCommitStep?.(step);
    },
  );
  await removeEmptyDirectories(out, unneededDirectories(previous, files));
  return {
    kind: "written",
    overwritten: options.force ? changes.edited : [],
    keptEdited: changes.keptEdited,
    ...(signals.received === undefined ? {} : { signal: signals.received }),
  };
}

function stagedFiles(files: readonly EmittedFile[]): StagedFile[] {
  return files.map((file) => {
    if (!isSafeOutputPath(file.path)) throw new Error(`emitted file path ${file.path} is unsafe`);
    const bytes = Buffer.from(file.contents, file.encoding === "base64" ? "base64" : "utf8");
    return { path: file.path, bytes, sha256: sha256(bytes) };
  });
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

/** A run that wrote nothing removes the directories it created for the output (deepest first). */
async function removeCreatedRoot(out: string, created: string | undefined): Promise<void> {
  if (created === undefined) return;
  for (let at = out; at.length >= created.length; at = dirname(at))
    if (
      !(await rmdir(at).then(
        () => true,
        () => false,
      ))
    )
      return;
}

function writeFailed(shown: string, code: string): OutputProblem {
  return {
    info: OutputCodes.WriteFailed,
    message: `Writing ${shown} failed (${code}); every change was undone, so the previous output (if any) is unchanged.`,
    hint:
      code === "ENOSPC"
        ? "Free some disk space and run again."
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "Make the output directory writable, or choose another --out."
          : "Fix the cause above and run again.",
  };
}
