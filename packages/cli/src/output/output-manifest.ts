import { lstat, readFile } from "node:fs/promises";
import { join } from "node:path";
import { IDIO_VERSION } from "idio-iac";
import { isSafeOutputPath, MANIFEST_NAME } from "./output-paths.js";

export const MANIFEST_FORMAT = 1;
/** A manifest is read before it is trusted; IDIO's own are a few KiB. */
export const MANIFEST_MAX_BYTES = 1024 * 1024;

export interface ManifestFile {
  readonly path: string;
  readonly sha256: string;
}

/**
 * What one `idio compile` wrote into its output directory: every file with
 * the hash of its bytes, and the directories it created. The next run
 * replaces or removes only these; everything else there is the user's.
 */
export interface OutputManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly tool: string;
  readonly files: readonly ManifestFile[];
  readonly directories: readonly string[];
}

export function makeManifest(
  files: readonly ManifestFile[],
  directories: Iterable<string>,
): OutputManifest {
  const byPath = (a: ManifestFile, b: ManifestFile) => (a.path < b.path ? -1 : 1);
  return {
    format: MANIFEST_FORMAT,
    tool: `idio ${IDIO_VERSION}`,
    files: files.map(({ path, sha256 }) => ({ path, sha256 })).sort(byPath),
    directories: [...new Set(directories)].sort(),
  };
}

/** Stable bytes (sorted, no clock) so two identical compiles give identical trees. */
export function serializeManifest(manifest: OutputManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ManifestRead =
  | { readonly kind: "absent" }
  | { readonly kind: "valid"; readonly manifest: OutputManifest }
  | { readonly kind: "invalid"; readonly problem: string };

/** Reads `<directory>/.idio-manifest.json` as untrusted input: never follows a link, capped, checked. */
export async function readManifest(directory: string): Promise<ManifestRead> {
  const path = join(directory, MANIFEST_NAME);
  const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (info === undefined) return { kind: "absent" };
  if (!info.isFile()) return { kind: "invalid", problem: "it is not a regular file" };
  if (info.size > MANIFEST_MAX_BYTES)
    return { kind: "invalid", problem: `it is larger than ${MANIFEST_MAX_BYTES} bytes` };
  const text = await readFile(path, "utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "invalid", problem: "it is not JSON" };
  }
  const problem = manifestProblem(value);
  return problem === undefined
    ? { kind: "valid", manifest: value as OutputManifest }
    : { kind: "invalid", problem };
}

/** Why `value` is not a manifest this IDIO can trust, or undefined when it is one. */
export function manifestProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return "it is not a JSON object";
  const keys = Object.keys(value).sort().join(",");
  if (keys !== "directories,files,format,tool") return `its keys are ${keys || "none"}`;
  if (value.format !== MANIFEST_FORMAT) return `its format is not ${MANIFEST_FORMAT}`;
  if (typeof value.tool !== "string" || value.tool.length > 200) return "its tool is not a name";
  if (!Array.isArray(value.files) || !Array.isArray(value.directories))
    return "files and directories are not lists";
  const files: unknown[] = value.files;
  const badFile = files.find((file) => fileProblem(file) !== undefined);
  if (badFile !== undefined) return fileProblem(badFile);
  const directories: unknown[] = value.directories;
  const badDirectory = directories.find((d) => typeof d !== "string" || !isSafeOutputPath(d));
  if (badDirectory !== undefined) return `directory ${JSON.stringify(badDirectory)} is unsafe`;
  const paths = [...(files as ManifestFile[]).map((f) => f.path), ...(directories as string[])];
  if (new Set(paths).size !== paths.length) return "it lists a path twice";
  return undefined;
}

function fileProblem(file: unknown): string | undefined {
  if (!isRecord(file) || Object.keys(file).sort().join(",") !== "path,sha256")
    return "a file entry is not { path, sha256 }";
  if (typeof file.path !== "string" || !isSafeOutputPath(file.path))
    return `file path ${JSON.stringify(file.path)} is not a plain relative path inside the output`;
  if (typeof file.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(file.sha256))
    return `the hash of ${file.path} is not a sha256`;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
