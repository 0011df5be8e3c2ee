import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bench } from "tinybench";
import type { BenchRatio } from "../run.js";

const EXAMPLE = fileURLToPath(
  new URL("../../examples/ecommerce-platform/intent.yaml", import.meta.url),
);
const BIN = fileURLToPath(new URL("../../packages/cli/bin/idio.js", import.meta.url));
/** Where the AWS provider is mirrored (as in the emitters' Terraform tests). */
const PROVIDER_MIRROR = process.env.IDIO_TF_MIRROR ?? "/opt/tf-plugins";

const COMPILE = "idio compile (cold process) ecommerce-platform";
const VALIDATE = "terraform validate (its output)";

/** Each sample starts a process (seconds): a few samples are enough. */
export const minIterations = 5;

/** Printed under the table: a cold `idio compile` against `terraform validate` of what it wrote. */
export const ratios: readonly BenchRatio[] = [
  {
    label: "cold compile ecommerce-platform: idio / terraform validate",
    numerator: COMPILE,
    denominator: VALIDATE,
  },
];

/**
 * What a user pays per intent on every pull request: a new `node` process running the built
 * `idio compile examples/ecommerce-platform/intent.yaml --out DIR --force` (start-up, module
 * loading, planning, policy, pricing, both targets written), and beside it `terraform validate`
 * of the Terraform it wrote (initialised once from the provider mirror, outside the timing).
 * Without terraform or the mirror, the validate task is skipped with a note and no ratio printed.
 */
export default function coldStartSuite(bench: Bench): void {
  const out = mkdtempSync(join(tmpdir(), "idio-bench-cold-"));
  process.on("exit", () => rmSync(out, { recursive: true, force: true }));
  const compile = () => {
    const run = spawnSync(process.execPath, [BIN, "compile", EXAMPLE, "--out", out, "--force"], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`idio compile exited ${run.status}: ${run.stderr}`);
  };
  compile(); // the output terraform validates, and a check that the build exists
  bench.add(COMPILE, compile);

  const missing = terraformMissing();
  if (missing !== undefined) {
    process.stderr.write(`bench: cold-start › terraform validate skipped: ${missing}\n`);
    return;
  }
  const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig(), TF_IN_AUTOMATION: "1" };
  const cwd = join(out, "terraform");
  execFileSync("terraform", ["init", "-backend=false", "-input=false", "-no-color"], {
    cwd,
    env,
    stdio: "ignore",
  });
  bench.add(VALIDATE, () => {
    execFileSync("terraform", ["validate", "-no-color"], { cwd, env, stdio: "ignore" });
  });
}

function terraformMissing(): string | undefined {
  if (spawnSync("terraform", ["version"]).status !== 0) return "terraform is not on PATH";
  if (!existsSync(join(PROVIDER_MIRROR, "registry.terraform.io/hashicorp/aws")))
    return `no AWS provider mirror at ${PROVIDER_MIRROR} (set IDIO_TF_MIRROR)`;
  return undefined;
}

/** Providers only from the filesystem mirror, linked from a plugin cache instead of copied. */
function cliConfig(): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-bench-terraform-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const cache = join(dir, "plugin-cache");
  mkdirSync(cache);
  const file = join(dir, "terraformrc");
  writeFileSync(
    file,
    `plugin_cache_dir = "${cache}"\n` +
      `provider_installation {\n  filesystem_mirror {\n    path = "${PROVIDER_MIRROR}"\n  }\n}\n`,
  );
  return file;
}
