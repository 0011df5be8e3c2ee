import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * A registry's source with its relative imports made absolute (so a copy in
 * another directory imports the real modules), minus `omit`'s entry line
 * (`  "<omit>": ...`), which must occur exactly once.
 */
export function registryCopy(file: string, omit?: string): string {
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  const source = readFileSync(file, "utf8")
    .replaceAll('from "./', `from "${dir}`)
    .replaceAll('from "../', `from "${dir}../`);
  if (omit === undefined) return source;
  const lines = source.split("\n");
  const kept = lines.filter((line) => !line.startsWith(`  "${omit}":`));
  expect(lines.length - kept.length, `one entry line for ${omit} in ${file}`).toBe(1);
  return kept.join("\n");
}

/**
 * Runs tsc with the repository's settings on `files` (name → source) in a
 * temporary directory; returns the error lines reported in those files, sorted.
 */
export function typecheckSources(files: Readonly<Record<string, string>>): string[] {
  const work = mkdtempSync(join(tmpdir(), "idio-typecheck-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), text);
    writeFileSync(join(work, "package.json"), '{ "type": "module" }\n');
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        extends: join(ROOT, "tsconfig.check.json"),
        compilerOptions: { typeRoots: [join(ROOT, "node_modules/@types")] },
        include: [],
        files: Object.keys(files),
      }),
    );
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(work, "tsconfig.json")],
      { encoding: "utf8", cwd: work },
    );
    // Errors elsewhere in the repository (work in progress) are not the caller's business.
    return tsc.stdout
      .split("\n")
      .filter((line) => Object.keys(files).some((file) => line.startsWith(`${file}(`)))
      .sort();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
