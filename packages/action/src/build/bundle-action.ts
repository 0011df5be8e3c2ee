import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
const ENTRY = fileURLToPath(new URL("../index.ts", import.meta.url));

/** The OPA SDK's CommonJS entry (it has the synchronous loader), as the policy package resolves it. */
const OPA_WASM_CJS = createRequire(`${REPO}packages/policy/package.json`).resolve(
  "@open-policy-agent/opa-wasm",
);

/** The committed bundle, which action.yml's `runs.main` names. */
export const BUNDLE_PATH = fileURLToPath(new URL("../../bundle/index.mjs", import.meta.url));

/**
 * Workspace packages resolve to their TypeScript sources: the bundle never depends on a stale
 * dist/. A subpath export (`@idio-iac/cli/diff`, whose package.json entry is `dist/diff/index.js`)
 * resolves to the matching `src/diff/index.ts`.
 */
const WORKSPACE_IMPORT = /^(?:@idio-iac\/([a-z-]+)|idio-iac)(\/[a-z-]+)?$/;
const sources: Plugin = {
  name: "workspace-sources",
  setup(b) {
    b.onResolve({ filter: WORKSPACE_IMPORT }, (args) => {
      const [, scoped = "idio", subpath = ""] = WORKSPACE_IMPORT.exec(args.path) ?? [];
      return { path: `${REPO}packages/${scoped}/src${subpath}/index.ts` };
    });
  },
};

/**
 * The policy package reads its compiled rules from `<package>/bundle/policy.wasm`
 * beside its sources and loads the OPA SDK through createRequire: neither
 * survives bundling. These two rewrites embed the WebAssembly bytes and import
 * the SDK's CommonJS entry statically. Each must match exactly once, so a
 * change in the policy package fails the build instead of shipping a broken Action.
 */
const REWRITES: readonly { file: string; from: string; to: string }[] = [
  {
    file: "packages/policy/src/bundle/builtin-bundle.ts",
    from: "readFileSync(BUILTIN_WASM_URL)",
    to: "BUILTIN_WASM_BYTES",
  },
  {
    file: "packages/policy/src/bundle/builtin-bundle.ts",
    from: 'import { readFileSync } from "node:fs";',
    to: `import BUILTIN_WASM_BYTES from ${JSON.stringify(`${REPO}packages/policy/bundle/policy.wasm`)};`,
  },
  {
    file: "packages/policy/src/bundle/policy-engine.ts",
    from: 'createRequire(import.meta.url)("@open-policy-agent/opa-wasm")',
    to: "opaWasmCjs",
  },
  {
    file: "packages/policy/src/bundle/policy-engine.ts",
    from: 'import { createRequire } from "node:module";',
    to: `import opaWasmCjs from ${JSON.stringify(OPA_WASM_CJS)};`,
  },
];

const embedAssets: Plugin = {
  name: "embed-policy-assets",
  setup(b) {
    const files = [...new Set(REWRITES.map((r) => r.file))];
    for (const file of files) {
      const absolute = `${REPO}${file}`;
      b.onLoad(
        { filter: new RegExp(`${absolute.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}$`) },
        async () => {
          let text = await readFile(absolute, "utf8");
          for (const rewrite of REWRITES.filter((r) => r.file === file)) {
            const count = text.split(rewrite.from).length - 1;
            if (count !== 1)
              throw new Error(`${file}: expected "${rewrite.from}" once, found ${count}`);
            text = text.replace(rewrite.from, rewrite.to);
          }
          return { contents: text, loader: "ts" };
        },
      );
    }
  },
};

/**
 * The Action as one ES module for Node 20-24: IDIO's planning, policy (with
 * its WebAssembly embedded), price book and the Mermaid renderer, without cdktf.
 * esbuild's output is deterministic: the same sources give the same bytes.
 */
export async function bundleAction(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: BUNDLE_PATH,
    absWorkingDir: REPO,
    legalComments: "none",
    sourcemap: false,
    loader: { ".wasm": "binary" },
    logLevel: "silent",
    // Paths in the output's comments stay as written (a symlinked node_modules gives the same bytes).
    preserveSymlinks: true,
    plugins: [sources, embedAssets],
    // The OPA SDK and others are CommonJS: give them a require for Node built-ins.
    banner: {
      js: 'import { createRequire as __idioCreateRequire } from "node:module"; const require = __idioCreateRequire(import.meta.url);',
    },
  });
  const [output] = result.outputFiles;
  if (output === undefined || result.outputFiles.length !== 1)
    throw new Error("esbuild wrote no single output file");
  return output.contents;
}
