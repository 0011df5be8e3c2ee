/**
 * A kind without a price entry is a type error: the price registry, copied
 * with one entry deleted, fails `tsc` with an error that names the kind; the
 * unmodified copy typechecks. (The copies live in a temporary directory and
 * import the real mappers by absolute path.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const REGISTRY = fileURLToPath(new URL("./index.ts", import.meta.url));
const OMITTED = "aws.kms.key";

/** The registry's source with its relative imports made absolute, minus `omit`'s entry. */
function copyOf(file: string, omit?: string): string {
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

const work = mkdtempSync(join(tmpdir(), "idio-kinds-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs tsc (the repository's settings) on the copies; returns the errors reported in them. */
function typecheck(files: Record<string, string>): string[] {
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
  // Errors elsewhere in the repository (work in progress) are not this test's business.
  return tsc.stdout
    .split("\n")
    .filter((line) => Object.keys(files).some((file) => line.startsWith(`${file}(`)))
    .sort();
}

describe("a price registry missing a kind does not typecheck", () => {
  it(`without ${OMITTED}: tsc names the kind; the complete copy passes`, () => {
    const errors = typecheck({
      "prices-complete.ts": copyOf(REGISTRY),
      "prices-incomplete.ts": copyOf(REGISTRY, OMITTED),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^prices-incomplete\.ts\(\d+,\d+\): error TS2741: /);
    expect(errors[0]).toContain(`Property '"${OMITTED}"' is missing`);
    expect(errors[0]).toContain("required in type 'PriceMappers'");
  });
});
