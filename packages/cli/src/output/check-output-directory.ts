import { realpath, stat } from "node:fs/promises";
import { dirname, join, parse, resolve, sep } from "node:path";
import { OutputCodes, type OutputProblem } from "./output-codes.js";
import { describeEntry, lstatOrUndefined } from "./path-state.js";

const SYSTEM_ROOTS = ["/proc", "/sys", "/dev"];
const CHOOSE = "Choose a dedicated directory with --out, e.g. --out out/<name> (the default).";

export interface OutputContext {
  readonly cwd: string;
  /** The intent file as given; its directory and every ancestor of it are refused. */
  readonly intentFile: string;
}

/**
 * Refuses an `--out` IDIO must never write into, before anything is read or
 * written there. Symbolic links on the way are the user's layout and are
 * followed, but every rule is checked on both the path as given and where
 * it really leads (so a link to `/` or to the project is refused too).
 */
export async function checkOutputDirectory(
  out: string,
  context: OutputContext,
): Promise<OutputProblem | undefined> {
  if (out.trim() === "")
    return problem("EmptyOut", "The output directory is an empty string.", CHOOSE);
  const given = resolve(context.cwd, out);
  const places = [...new Set([given, await realPathOfExisting(given)])];
  const cwds = new Set([resolve(context.cwd), await realPathOfExisting(resolve(context.cwd))]);
  const intentDir = dirname(resolve(context.cwd, context.intentFile));
  const intentDirs = [intentDir, await realPathOfExisting(intentDir)];
  for (const place of places) {
    const found = placeProblem(out, place, cwds, intentDirs);
    if (found !== undefined) return found;
  }
  return entryProblem(out, given);
}

function placeProblem(
  out: string,
  place: string,
  cwds: ReadonlySet<string>,
  intentDirs: readonly string[],
): OutputProblem | undefined {
  if (parse(place).root === place)
    return problem(
      "OutIsFilesystemRoot",
      `--out ${out} is the filesystem root (${place}).`,
      CHOOSE,
    );
  const system = SYSTEM_ROOTS.find((root) => place === root || place.startsWith(`${root}/`));
  if (system !== undefined)
    return problem(
      "OutIsSystemPath",
      `--out ${out} is under ${system} (${place}), which holds the kernel's and devices' files, not yours.`,
      CHOOSE,
    );
  if (cwds.has(place))
    return problem(
      "OutIsWorkingDirectory",
      `--out ${out} is the working directory; compiling into it would mix IDIO's files with the project's.`,
      CHOOSE,
    );
  if (intentDirs.some((dir) => dir === place || dir.startsWith(place + sep)))
    return problem(
      "OutHoldsIntent",
      `--out ${out} ${intentDirs.includes(place) ? "is the intent's own directory" : "is an ancestor of the intent's directory"} (${place}).`,
      CHOOSE,
    );
  return undefined;
}

async function entryProblem(out: string, path: string): Promise<OutputProblem | undefined> {
  const target = await stat(path).catch(() => undefined);
  if (target !== undefined) {
    if (!target.isDirectory())
      return problem(
        "OutNotDirectory",
        `--out ${out} is ${describeEntry(target)}, not a directory.`,
        "Pass a directory (it is created when missing).",
      );
    if ((await lstatOrUndefined(join(path, ".git"))) !== undefined)
      return problem(
        "OutIsGitRoot",
        `--out ${out} is the root of a git work tree (it holds .git).`,
        CHOOSE,
      );
    return undefined;
  }
  return missingProblem(out, path);
}

/** A missing output is created, unless something on the way is not a directory. */
async function missingProblem(out: string, path: string): Promise<OutputProblem | undefined> {
  const link = await lstatOrUndefined(path);
  if (link !== undefined)
    return problem(
      "OutNotDirectory",
      `--out ${out} is ${describeEntry(link)} that leads nowhere.`,
      "Remove the link or pass another directory.",
    );
  let ancestor = dirname(path);
  while ((await lstatOrUndefined(ancestor)) === undefined && dirname(ancestor) !== ancestor)
    ancestor = dirname(ancestor);
  const info = await stat(ancestor).catch(() => undefined);
  if (info === undefined || info.isDirectory()) return undefined;
  return problem(
    "OutNotDirectory",
    `--out ${out} cannot be created: ${ancestor} is ${describeEntry(info)}, not a directory.`,
    "Pass a path whose parents are directories.",
  );
}

/** The real path of `path`'s longest existing prefix, with the missing rest appended. */
async function realPathOfExisting(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  if (parent === path) return path;
  return join(
    await realPathOfExisting(parent),
    path.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)),
  );
}

function problem(key: keyof typeof OutputCodes, message: string, hint: string): OutputProblem {
  return { info: OutputCodes[key], message, hint };
}
