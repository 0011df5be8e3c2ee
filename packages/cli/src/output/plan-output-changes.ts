import type { ManifestFile, OutputManifest } from "./output-manifest.js";
import type { PathState } from "./path-state.js";

export interface OutputChanges {
  /** Files to put in place; `replaces` when IDIO's previous copy is there (it is backed up first). */
  readonly writes: readonly { readonly path: string; readonly replaces: boolean }[];
  /** Files the previous run wrote, unedited, that this run no longer produces. */
  readonly removals: readonly string[];
  /** Files the previous run wrote and the user has edited since; this run would overwrite them. */
  readonly edited: readonly string[];
  /** Files the previous run wrote and the user edited, no longer produced: left alone. */
  readonly keptEdited: readonly string[];
  /** Paths this run must write that hold something IDIO did not write (or a link on the way). */
  readonly taken: readonly { readonly path: string; readonly why: string }[];
}

/**
 * Decides, from the previous manifest and what is on disk now, what a
 * compile may do: replace or remove only files whose bytes are still the
 * ones IDIO wrote. Pure: `states` holds a PathState for every path of
 * `previous` and `next`. With `force`, edited files are overwritten.
 */
export function planOutputChanges(
  previous: OutputManifest | undefined,
  next: readonly ManifestFile[],
  states: ReadonlyMap<string, PathState>,
  force: boolean,
): OutputChanges {
  const previousHash = new Map(previous?.files.map((f) => [f.path, f.sha256]));
  const produced = new Set(next.map((f) => f.path));
  const changes = {
    writes: [] as { path: string; replaces: boolean }[],
    removals: [] as string[],
    edited: [] as string[],
    keptEdited: [] as string[],
    taken: [] as { path: string; why: string }[],
  };
  for (const file of next) {
    const decision = decideProduced(file, previousHash.get(file.path), stateOf(states, file.path));
    if (decision.kind === "write")
      changes.writes.push({ path: file.path, replaces: decision.replaces });
    if (decision.kind === "edited") {
      changes.edited.push(file.path);
      if (force) changes.writes.push({ path: file.path, replaces: true });
    }
    if (decision.kind === "taken") changes.taken.push({ path: file.path, why: decision.why });
  }
  for (const [path, hash] of previousHash) {
    if (produced.has(path)) continue;
    const state = stateOf(states, path);
    if (state.kind !== "file") continue;
    if (state.sha256 === hash) changes.removals.push(path);
    else changes.keptEdited.push(path);
  }
  return changes;
}

type Decision =
  | { readonly kind: "write"; readonly replaces: boolean }
  | { readonly kind: "unchanged" }
  | { readonly kind: "edited" }
  | { readonly kind: "taken"; readonly why: string };

function decideProduced(
  file: ManifestFile,
  previousHash: string | undefined,
  state: PathState,
): Decision {
  switch (state.kind) {
    case "missing":
      return { kind: "write", replaces: false };
    case "blocked":
      return { kind: "taken", why: `${state.at} is ${state.what}` };
    case "directory":
      return { kind: "taken", why: "it is a directory" };
    case "other":
      return { kind: "taken", why: `it is ${state.what}` };
    case "file":
      if (previousHash === undefined)
        return { kind: "taken", why: "a file IDIO did not write is there" };
      if (state.sha256 === file.sha256) return { kind: "unchanged" };
      return state.sha256 === previousHash ? { kind: "write", replaces: true } : { kind: "edited" };
  }
}

function stateOf(states: ReadonlyMap<string, PathState>, path: string): PathState {
  const state = states.get(path);
  if (state === undefined) throw new Error(`planOutputChanges: no state for ${path}`);
  return state;
}
