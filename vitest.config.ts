import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import sibling packages by name; resolve them to their TypeScript
// sources so a test never runs against a stale dist/.
const packages = [
  "core",
  "graph",
  "intent-schema",
  "catalog",
  "compiler",
  "policy",
  "emitters",
  "cli",
  "testing",
];
const alias = Object.fromEntries(
  packages.map((name) => [
    `@idio-iac/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

export default defineConfig({
  resolve: {
    alias: [
      ...Object.entries(alias).map(([find, replacement]) => ({
        find: new RegExp(`^${find}$`),
        replacement,
      })),
      {
        // Policy's build tooling (OPA lookup, rego sources): workspace-only, never in dist/.
        find: /^@idio-iac\/policy\/build$/,
        replacement: fileURLToPath(
          new URL("./packages/policy/src/build/index.ts", import.meta.url),
        ),
      },
      // Subpath exports (package.json "exports"), each to the source of its dist/ entry.
      ...Object.entries({
        "@idio-iac/cli/diff": "./packages/cli/src/diff/index.ts",
        "@idio-iac/emitters/mermaid": "./packages/emitters/src/mermaid/index.ts",
      }).map(([find, source]) => ({
        find: new RegExp(`^${find}$`),
        replacement: fileURLToPath(new URL(source, import.meta.url)),
      })),
      {
        find: /^idio-iac$/,
        replacement: fileURLToPath(new URL("./packages/idio/src/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "examples/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // vitest's default leaves one core idle (one worker on a 2-core machine); the tool tests
    // mostly wait on terraform, cfn-lint and opa child processes, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
