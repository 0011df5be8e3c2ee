/**
 * `npm run test:quick` leaves out `*.tools.test.ts` and `*.e2e.test.ts`; this
 * keeps that list maintained: a test file that runs an external tool
 * (terraform, cfn-lint, opa, moto, npm pack, tsc, the built CLI) must carry
 * one of those names, so the quick loop never waits on one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** What a test that runs an external tool says in its source. */
const TOOL_MARKERS: readonly RegExp[] = [
  /\bopaBinary\(/,
  /test-support\/terraform-cli/,
  /test-support\/cfn-lint/,
  /moto-server/,
  /["']pack["']/,
  /typescript\/bin\/tsc|["']tsc["']/,
  /bin\/idio\.js/,
  /buildTestBundle\(/,
];

const testFiles = ["packages", "examples"].flatMap((top) =>
  readdirSync(join(ROOT, top), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.includes("node_modules") && file !== fileURLToPath(import.meta.url)),
);

it("every test file that runs an external tool is named *.tools.test.ts or *.e2e.test.ts", () => {
  const untagged = testFiles
    .filter((file) => !/\.(tools|e2e)\.test\.ts$/.test(file))
    .filter((file) => {
      const text = readFileSync(file, "utf8");
      return TOOL_MARKERS.some((marker) => marker.test(text));
    })
    .map((file) => relative(ROOT, file))
    .sort();
  expect(untagged).toEqual([]);
});
