// What an outside project gets: every package packed with `npm pack`, installed from the
// tarballs into an empty directory (third-party dependencies from the registry), then used
// from there. Needs the built dist/ (`npm ci` builds) and the npm registry; when the registry
// cannot be reached the tests are skipped and say so.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const EXAMPLE = join(ROOT, "examples/ecommerce-platform/intent.yaml");
/** The bound for what `plan()` needs, in bytes (1 MB = 10^6 bytes). */
const LIBRARY_LIMIT_BYTES = 60_000_000;

interface Workspace {
  readonly name: string;
  readonly dir: string;
  readonly dependencies: readonly string[];
}

/** npm settings of a parent `npm test` (workspace, prefix…) must not leak into the fresh project. */
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_")),
);

function run(
  command: string,
  args: string[],
  cwd: string,
  timeout = 240_000,
): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...cleanEnv, NO_COLOR: "1" },
    timeout,
  });
}

function workspaces(): Workspace[] {
  const root = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  return root.workspaces
    .map((dir) => ({
      dir,
      manifest: JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")),
    }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({
      name: manifest.name as string,
      dir,
      dependencies: Object.keys(manifest.dependencies ?? {}),
    }));
}

/** `name` and every IDIO package it depends on, directly or not. */
function closure(name: string, all: readonly Workspace[]): string[] {
  const byName = new Map(all.map((w) => [w.name, w]));
  const seen = new Set<string>();
  const visit = (n: string) => {
    const w = byName.get(n);
    if (w === undefined || seen.has(n)) return;
    seen.add(n);
    w.dependencies.forEach(visit);
  };
  visit(name);
  return [...seen].sort();
}

/** Bytes on disk under `dir` (`du`, as a user measures an install). */
function diskBytes(dir: string): number {
  const du = run("du", ["-sk", dir], ROOT);
  expect(du.status, du.stderr).toBe(0);
  return Number(du.stdout.split(/\s/)[0]) * 1024;
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const registry = run("npm", ["ping"], tmpdir(), 30_000);
const reachable = registry.status === 0;
if (!reachable) {
  console.warn(
    `install tests skipped: the npm registry cannot be reached (npm ping: ${registry.stderr.trim() || registry.error?.message})`,
  );
}

describe.skipIf(!reachable)("packed packages install into a fresh project", () => {
  const all = workspaces();
  const work = mkdtempSync(join(tmpdir(), "idio-install-"));
  const tarballs = new Map<string, string>();
  const packed = new Map<string, string[]>();

  beforeAll(() => {
    for (const w of all) {
      expect(
        existsSync(join(ROOT, w.dir, "dist/index.js")),
        `${w.dir}/dist is missing: run npm run build`,
      ).toBe(true);
    }
    const pack = run(
      "npm",
      ["pack", "--json", "--pack-destination", work, ...all.flatMap((w) => ["-w", w.name])],
      ROOT,
    );
    expect(pack.status, pack.stderr).toBe(0);
    for (const entry of JSON.parse(pack.stdout) as {
      name: string;
      filename: string;
      files: { path: string }[];
    }[]) {
      tarballs.set(entry.name, join(work, entry.filename));
      packed.set(
        entry.name,
        entry.files.map((f) => f.path),
      );
    }
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** An empty project whose dependencies are the tarballs of `names` (registry for the rest). */
  function install(project: string, names: readonly string[]): SpawnSyncReturns<string> {
    const dir = join(work, project);
    mkdirSync(dir);
    const dependencies = Object.fromEntries(names.map((n) => [n, `file:${tarballs.get(n)}`]));
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: project, private: true, type: "module", dependencies }),
    );
    return run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"],
      dir,
    );
  }

  it("every tarball holds its dist/, its assets and no tests", () => {
    expect([...tarballs.keys()].sort()).toEqual(all.map((w) => w.name).sort());
    for (const [name, files] of packed) {
      expect(files, name).toContain("dist/index.js");
      expect(files, name).toContain("dist/index.d.ts");
      expect(files, name).toContain("package.json");
      expect(files, name).toContain("README.md");
      expect(
        files.filter((f) =>
          /\.test\.|_test\.rego$|test-support|test-fixtures|\.tsbuildinfo$/.test(f),
        ),
        name,
      ).toEqual([]);
    }
    // Files read at run time, next to the code that reads them.
    expect(packed.get("@idio-iac/intent-schema")).toContain("intent.schema.json");
    expect(packed.get("@idio-iac/catalog")).toContain("dist/pricing/price-book.json");
    expect(packed.get("@idio-iac/policy")!.some((f) => f.startsWith("bundle/"))).toBe(true);
    expect(
      packed.get("@idio-iac/policy")!.some((f) => f.startsWith("worker/") && f.endsWith(".mjs")),
    ).toBe(true);
    expect(
      packed.get("@idio-iac/policy")!.some((f) => f.startsWith("rego/") && f.endsWith(".rego")),
    ).toBe(true);
    expect(packed.get("@idio-iac/cli")).toContain("bin/idio.js");
    // The price refresh (and its AWS SDK) ships only with the CLI.
    expect(packed.get("@idio-iac/cli")).toContain("dist/prices-refresh/refresh-price-book.js");
    expect(packed.get("@idio-iac/catalog")!.filter((f) => f.includes("refresh/"))).toEqual([]);
  });

  it("idio-iac alone plans an example, and its install stays under 60 MB", () => {
    const names = closure("idio-iac", all);
    expect(names).not.toContain("@idio-iac/emitters");
    expect(names).not.toContain("@idio-iac/cli");
    const installed = install("library-user", names);
    expect(installed.status, installed.stderr).toBe(0);
    const dir = join(work, "library-user");
    for (const heavy of ["cdktf", "@cdktf/provider-aws", "@aws-sdk/client-pricing", "commander"]) {
      expect(existsSync(join(dir, "node_modules", heavy)), `${heavy} installed with idio-iac`).toBe(
        false,
      );
    }

    copyFileSync(EXAMPLE, join(dir, "intent.yaml"));
    writeFileSync(
      join(dir, "plan.mjs"),
      [
        'import { readFileSync } from "node:fs";',
        'import { plan } from "idio-iac";',
        'const result = plan(readFileSync("intent.yaml", "utf8"), { fileName: "intent.yaml", today: "2026-11-21" });',
        "console.log(JSON.stringify({",
        "  nodes: result.plan?.graph.nodes.length,",
        "  monthlyUsd: result.plan?.cost?.monthlyUsd,",
        '  errors: result.diagnostics.filter((d) => d.severity === "error").map((d) => d.code),',
        "}));",
      ].join("\n"),
    );
    const planned = run(process.execPath, ["plan.mjs"], dir);
    expect(planned.status, planned.stderr).toBe(0);
    const result = JSON.parse(planned.stdout) as {
      nodes: number;
      monthlyUsd: number;
      errors: string[];
    };
    expect(result.errors).toEqual([]);
    expect(result.nodes).toBeGreaterThan(50);
    expect(result.monthlyUsd).toBeGreaterThan(0);

    // The README's library example, run as written.
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /## Use IDIO as a library[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, "README: a js block under 'Use IDIO as a library'").toBeDefined();
    writeFileSync(join(dir, "readme-example.mjs"), example!);
    const fromReadme = run(process.execPath, ["readme-example.mjs"], dir);
    expect(fromReadme.status, fromReadme.stderr).toBe(0);
    expect(fromReadme.stdout).toMatch(
      /^\d+ resources in \d+ waves, \d+ open findings\n\$[\d.]+\/month, budget [a-z-]+\n$/,
    );

    const bytes = diskBytes(join(dir, "node_modules"));
    console.log(
      `idio-iac install (${names.length} IDIO packages + third-party): ${mb(bytes)} in node_modules`,
    );
    expect(bytes).toBeLessThanOrEqual(LIBRARY_LIMIT_BYTES);
  }, 300_000);

  it("@idio-iac/cli installs the idio command, which validates and compiles an example", () => {
    const names = closure("@idio-iac/cli", all);
    const installed = install("cli-user", names);
    expect(installed.status, installed.stderr).toBe(0);
    const dir = join(work, "cli-user");
    copyFileSync(EXAMPLE, join(dir, "intent.yaml"));

    const validated = run("npx", ["--no-install", "idio", "validate", "intent.yaml"], dir);
    expect(validated.stderr).toBe("");
    expect(validated.stdout).toContain("intent.yaml: valid (4 tiers)");
    expect(validated.status).toBe(0);

    const compiled = run(
      "npx",
      ["--no-install", "idio", "compile", "intent.yaml", "--out", "out"],
      dir,
    );
    expect(compiled.status, compiled.stderr).toBe(0);
    const written = readdirSync(join(dir, "out"), { recursive: true }).map(String);
    expect(written).toContain("plan.json");
    expect(written.some((f) => f.startsWith("terraform/") && f.endsWith(".tf.json"))).toBe(true);
    expect(written.some((f) => f.startsWith("cloudformation/") && f.endsWith(".json"))).toBe(true);

    console.log(
      `@idio-iac/cli install (emitters, cdktf, AWS SDK): ${mb(diskBytes(join(dir, "node_modules")))} in node_modules`,
    );
  }, 300_000);
});
