import { readFileSync, writeFileSync } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { dirname, join } from "node:path";
import type { ResourceGraph } from "@idio-iac/graph";
import {
  emitTerraform,
  synthesizeTerraform,
  type TerraformOptions,
} from "../terraform/emit-terraform.js";
import {
  dummyVariables,
  PROVIDER_MIRROR,
  removeWorkspace,
  terraformApply,
  terraformInit,
  terraformPlanActions,
  writeWorkspace,
} from "../test-support/terraform-cli.js";
import {
  MOTO_CANNOT_CREATE,
  MOTO_CANNOT_CREATE_WHEN,
  MOTO_DRIFTS,
  motoOverride,
  startMoto,
} from "./moto-server.js";

/**
 * A Terraform CLI config of the run's own, next to its workspace: the shared
 * one in test-support is rewritten by every terraform call, and a concurrent
 * `terraform init` that reads it half-written falls back to the public
 * registry (unreachable here). No plugin cache either: from an unpacked
 * mirror `init` links the provider in, and concurrent inits filling one empty
 * cache (a fresh CI machine) could collide.
 */
function cliConfig(workspace: string): Record<string, string> {
  const file = join(dirname(workspace), "terraformrc");
  writeFileSync(
    file,
    `provider_installation {\n  filesystem_mirror {\n    path = "${PROVIDER_MIRROR}"\n  }\n}\n`,
  );
  return { TF_CLI_CONFIG_FILE: file };
}

const run = promisify(execFile);

export interface MotoApplyResult {
  /** Addresses removed before applying (gap types and what refers to them), sorted. */
  readonly removed: readonly string[];
  /** The second plan's actions by address (empty when it changes nothing). */
  readonly changes: ReadonlyMap<string, string>;
  /** Seconds from init to the end of the second plan. */
  readonly seconds: number;
  /** The second plan as text, when it changes something moto is not known to read back differently. */
  readonly unexpected?: string;
}

/**
 * Applies a graph's Terraform against its own moto_server (so tests can run
 * concurrently), then plans again. What moto cannot create (MOTO_CANNOT_CREATE,
 * MOTO_CANNOT_CREATE_WHEN) is removed first, with whatever refers to it.
 * `label` names the run's provider log when IDIO_E2E_TF_LOG is set.
 */
export async function applyTwice(
  graph: ResourceGraph,
  terraform: TerraformOptions,
  label: string,
): Promise<MotoApplyResult> {
  const synthesis = synthesizeTerraform(graph, terraform);
  const dir = writeWorkspace(emitTerraform(graph, terraform), false);
  const moto = await startMoto();
  try {
    const started = performance.now();
    const aliases = (synthesis.config.provider as { aws: { alias?: string }[] }).aws.map(
      (provider) => provider.alias,
    );
    writeFileSync(join(dir, "moto_override.tf.json"), motoOverride(moto.endpoint, aliases));
    const removed = withoutGaps(join(dir, "main.tf.json"));
    const variables = dummyVariables(synthesis.variables.keys());
    // IDIO_E2E_TF_LOG=<dir> keeps each run's provider debug log there (what moto answered).
    const logDir = process.env.IDIO_E2E_TF_LOG;
    const env = {
      ...cliConfig(dir),
      ...(logDir ? { TF_LOG: "DEBUG", TF_LOG_PATH: join(logDir, `${label}.log`) } : {}),
    };
    await terraformInit(dir, true, env);
    await terraformApply(dir, variables, env);
    const changes = await terraformPlanActions(dir, variables, env);
    const seconds = Math.round((performance.now() - started) / 1000);
    const explained = [...changes].every(
      ([address, action]) => action === "update" && address.split(".")[0]! in MOTO_DRIFTS,
    );
    if (explained) return { removed, changes, seconds };
    // Say what changed, so a failure names the attribute moto reads back differently.
    const vars = Object.entries(variables).flatMap(([name, value]) => ["-var", `${name}=${value}`]);
    const { stdout } = await run("terraform", ["plan", "-no-color", "-input=false", ...vars], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, ...env, TF_IN_AUTOMATION: "1", CHECKPOINT_DISABLE: "1" },
    });
    return { removed, changes, seconds, unexpected: stdout };
  } finally {
    await moto.stop();
    removeWorkspace(dir);
  }
}

/**
 * Drops what moto cannot create from a main.tf.json, then everything that
 * refers to a dropped resource (an API mapping to a dropped domain name, its
 * alias records, a scaling policy of a dropped target), then the outputs that
 * name any of them. Returns the dropped addresses, sorted.
 */
export function withoutGaps(path: string): string[] {
  const config = JSON.parse(readFileSync(path, "utf8")) as {
    resource: Record<string, Record<string, unknown>>;
    output?: Record<string, { value: unknown }>;
  };
  const dropped: string[] = [];
  const refersToDropped = (value: unknown) => {
    const text = JSON.stringify(value);
    return dropped.some(
      (address) => text.includes(`\${${address}.`) || text.includes(`\${${address}}`),
    );
  };
  for (const type of Object.keys(MOTO_CANNOT_CREATE)) {
    for (const name of Object.keys(config.resource[type] ?? {})) dropped.push(`${type}.${name}`);
    delete config.resource[type];
  }
  for (const gap of MOTO_CANNOT_CREATE_WHEN) {
    const byName = (config.resource[gap.type] ?? {}) as Record<string, Record<string, unknown>>;
    for (const [name, body] of Object.entries(byName)) {
      if (!gap.matches(body)) continue;
      dropped.push(`${gap.type}.${name}`);
      delete byName[name];
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [type, byName] of Object.entries(config.resource)) {
      for (const [name, body] of Object.entries(byName)) {
        if (!refersToDropped(body)) continue;
        dropped.push(`${type}.${name}`);
        delete byName[name];
        changed = true;
      }
      if (Object.keys(byName).length === 0) delete config.resource[type];
    }
  }
  for (const [name, output] of Object.entries(config.output ?? {})) {
    if (refersToDropped(output.value)) delete config.output![name];
  }
  writeFileSync(path, JSON.stringify(config, null, 2));
  return dropped.sort();
}
