import { mkdir, rm, rmdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { EmittedFile } from "@idio-iac/emitters";
import { commitChanges, removeEmptyDirectories, type CommitStepHook } from "./commit-changes.js";
import { inspectOutput } from "./inspect-output.js";
import { OutputCodes, type OutputProblem } from "./output-codes.js";
import { isSafeOutputPath } from "./output-paths.js";
import { lstatOrUndefined, sha256 } from "./path-state.js";
import { prepareWrite } from "./prepare-write.js";
import { guardSignals, type GuardedSignal, type SignalGuard } from "./signal-guard.js";
import { stageFiles, StagingInterrupted, type StagedFile } from "./stage-files.js";

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
  let created: string | undefined;
  try {
    // The first directory made for a missing output, so a run that writes nothing removes it again.
    if ((await lstatOrUndefined(out)) === undefined)
      created = await mkdir(out, { recursive: true });
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
  const force = options.force ?? false;
  const prepared = await prepareWrite(out, shown, ownership.previous, files, force);
  if ("info" in prepared) return { kind: "refused", problem: prepared };
  const { journal, manifest, toWrite, changes } = prepared;
  const staging = await stageFiles(out, journal, toWrite, manifest, signals);
  const hooks = options.hooks;
  await hooks?.pause?.("staging", signals);
  if (signals.received !== undefined) {
    await rm(staging, { recursive: true, force: true });
    return { kind: "interrupted", signal: signals.received };
  }
  await commitChanges(out, staging, journal, async (step) => {
    if (step === 1) await hooks?.pause?.("commit", signals);
    await hooks?.beforeCommitStep?.(step);
  });
  await removeEmptyDirectories(out, prepared.unneeded);
  return {
    kind: "written",
    overwritten: force ? changes.edited : [],
    keptEdited: changes.keptEdited,
    ...(signals.received === undefined ? {} : { signal: signals.received }),
  };
}

function stagedFiles(files: readonly EmittedFile[]): StagedFile[] {
  return files.map((file) => {
    if (!isSafeOutputPath(file.path)) throw new Error(`emitted file path ${file.path} is unsafe`);
    // The hash of a string is the hash of its UTF-8 bytes, which is what writeFile writes.
    const contents =
      file.encoding === "base64" ? Buffer.from(file.contents, "base64") : file.contents;
    return { path: file.path, contents, sha256: sha256(contents) };
  });
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
