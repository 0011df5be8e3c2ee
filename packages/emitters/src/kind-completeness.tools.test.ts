/**
 * A kind without a mapping is a type error, not a runtime surprise: each
 * registry, copied with one entry deleted, fails `tsc` with an error that
 * names the kind; the unmodified copy typechecks. (The copies live in a
 * temporary directory and import the real mappings by absolute path.)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const REGISTRIES = {
  terraform: fileURLToPath(new URL("./terraform/registry.ts", import.meta.url)),
  cloudformation: fileURLToPath(new URL("./cloudformation/registry.ts", import.meta.url)),
};
const OMITTED = "aws.kms.alias";

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

describe("a registry missing a kind does not typecheck", () => {
  it(`Terraform and CloudFormation without ${OMITTED}: tsc names the kind; complete copies pass`, () => {
    const errors = typecheck({
      "terraform-complete.ts": copyOf(REGISTRIES.terraform),
      "terraform-incomplete.ts": copyOf(REGISTRIES.terraform, OMITTED),
      "cloudformation-complete.ts": copyOf(REGISTRIES.cloudformation),
      "cloudformation-incomplete.ts": copyOf(REGISTRIES.cloudformation, OMITTED),
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^cloudformation-incomplete\.ts\(\d+,\d+\): error TS2741: /);
    expect(errors[0]).toContain(`Property '"${OMITTED}"' is missing`);
    expect(errors[0]).toContain("required in type 'CloudFormationMappings'");
    expect(errors[1]).toMatch(/^terraform-incomplete\.ts\(\d+,\d+\): error TS2741: /);
    expect(errors[1]).toContain(`Property '"${OMITTED}"' is missing`);
    expect(errors[1]).toContain("required in type 'TerraformMappings'");
  });
});
