import { execFile, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { EmittedFile } from "../emitted-file.js";

const run = promisify(execFile);

/** Where the AWS provider is mirrored on this machine and in CI. */
export const PROVIDER_MIRROR = process.env.IDIO_TF_MIRROR ?? "/opt/tf-plugins";

/** Why Terraform-backed tests cannot run here, or undefined when they can. */
export function terraformMissing(): string | undefined {
  const version = spawnSync("terraform", ["version"], { encoding: "utf8" });
  if (version.status !== 0) return "terraform is not on PATH";
  if (!existsSync(join(PROVIDER_MIRROR, "registry.terraform.io/hashicorp/aws")))
    return `no AWS provider mirror at ${PROVIDER_MIRROR} (set IDIO_TF_MIRROR)`;
  return undefined;
}

/**
 * A CLI config that installs providers only from the filesystem mirror and
 * shares one plugin cache, so the 675 MB provider is linked, not copied, per test.
 */
function cliConfig(): string {
  const dir = join(tmpdir(), "idio-terraform");
  const cache = join(dir, "plugin-cache");
  mkdirSync(cache, { recursive: true });
  const file = join(dir, "terraformrc");
  // Written whole and renamed into place: a concurrent terraform (another test file) must never
  // read it half-written and fall back to the registry.
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(
    partial,
    `plugin_cache_dir = "${cache}"\n` +
      `provider_installation {\n  filesystem_mirror {\n    path = "${PROVIDER_MIRROR}"\n  }\n}\n`,
  );
  renameSync(partial, file);
  return file;
}

/** Writes emitted files into a fresh directory; returns the directory of `terraform/`. */
export function writeWorkspace(files: readonly EmittedFile[], fakeCredentials = true): string {
  const root = mkdtempSync(join(tmpdir(), "idio-tf-"));
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(
      path,
      file.encoding === "base64" ? Buffer.from(file.contents, "base64") : file.contents,
    );
  }
  const dir = join(root, "terraform");
  if (fakeCredentials) {
    // An override file adds fake credentials to every provider without touching main.tf.json.
    const offline = {
      access_key: "AKIAIOSFODNN7EXAMPLE",
      secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      skip_credentials_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
      skip_region_validation: true,
    };
    const main = files.find((file) => file.path === "terraform/main.tf.json");
    const providers = main
      ? ((JSON.parse(main.contents) as { provider?: { aws?: { alias?: string }[] } }).provider
          ?.aws ?? [])
      : [];
    writeFileSync(
      join(dir, "offline_override.tf.json"),
      JSON.stringify({
        provider: {
          aws: providers.map((provider) =>
            provider.alias ? { ...offline, alias: provider.alias } : offline,
          ),
        },
      }),
    );
  }
  return dir;
}

export function removeWorkspace(dir: string): void {
  rmSync(dirname(dir), { recursive: true, force: true });
}

async function terraform(dir: string, args: string[], env: Record<string, string> = {}) {
  try {
    return await run("terraform", args, {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
      env: {
        ...process.env,
        TF_CLI_CONFIG_FILE: cliConfig(),
        TF_IN_AUTOMATION: "1",
        TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE: "1",
        CHECKPOINT_DISABLE: "1",
        ...env,
      },
    });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `terraform ${args.join(" ")} failed in ${dir}:\n${failure.stderr ?? ""}\n${failure.stdout ?? ""}`,
      { cause: error },
    );
  }
}

export async function terraformInit(
  dir: string,
  backend = true,
  env: Record<string, string> = {},
): Promise<void> {
  await terraform(
    dir,
    ["init", "-input=false", "-no-color", ...(backend ? [] : ["-backend=false"])],
    env,
  );
}

export interface ValidateResult {
  readonly valid: boolean;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

export async function terraformValidate(dir: string): Promise<ValidateResult> {
  let stdout: string;
  try {
    ({ stdout } = await terraform(dir, ["validate", "-json", "-no-color"]));
  } catch (error) {
    // validate -json exits 1 on errors but still prints its report.
    const text = (error as Error).message;
    stdout = text.slice(text.indexOf("{"));
  }
  const report = JSON.parse(stdout) as {
    valid: boolean;
    diagnostics: { severity: string; summary: string; detail?: string; address?: string }[];
  };
  const describe = (d: { summary: string; detail?: string; address?: string }) =>
    `${d.address ?? ""} ${d.summary}: ${d.detail ?? ""}`.trim();
  return {
    valid: report.valid,
    errors: report.diagnostics.filter((d) => d.severity === "error").map(describe),
    warnings: report.diagnostics.filter((d) => d.severity === "warning").map(describe),
  };
}

/** Plans offline and returns the addresses of the resources the plan would create, sorted. */
export async function terraformPlanAddresses(
  dir: string,
  variables: Readonly<Record<string, string>>,
): Promise<string[]> {
  const vars = Object.entries(variables).flatMap(([name, value]) => ["-var", `${name}=${value}`]);
  const { stdout } = await terraform(dir, [
    "plan",
    "-json",
    "-input=false",
    "-lock=false",
    "-refresh=false",
    ...vars,
  ]);
  // `plan -json` streams one message per line; planned_change carries each resource's action.
  const addresses: string[] = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    const message = JSON.parse(line) as {
      type: string;
      change?: { action: string; resource: { addr: string; resource_type: string } };
    };
    if (message.type === "planned_change" && message.change?.action === "create")
      addresses.push(message.change.resource.addr);
  }
  return addresses.sort();
}

/** Plans and returns the planned actions by address (for the no-changes check after apply). */
export async function terraformPlanActions(
  dir: string,
  variables: Readonly<Record<string, string>>,
  env: Record<string, string> = {},
): Promise<Map<string, string>> {
  const vars = Object.entries(variables).flatMap(([name, value]) => ["-var", `${name}=${value}`]);
  const { stdout } = await terraform(dir, ["plan", "-json", "-input=false", ...vars], env);
  const actions = new Map<string, string>();
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    const message = JSON.parse(line) as {
      type: string;
      change?: { action: string; resource: { addr: string } };
    };
    if (message.type === "planned_change" && message.change)
      actions.set(message.change.resource.addr, message.change.action);
  }
  return actions;
}

/** Applies a configuration (for the optional end-to-end test against moto). */
export async function terraformApply(
  dir: string,
  variables: Readonly<Record<string, string>>,
  env: Record<string, string> = {},
): Promise<void> {
  const vars = Object.entries(variables).flatMap(([name, value]) => ["-var", `${name}=${value}`]);
  await terraform(dir, ["apply", "-auto-approve", "-input=false", "-no-color", ...vars], env);
}

/** Dummy values for the variables a configuration declares (account id, images). */
export function dummyVariables(names: Iterable<string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    values[name] = name === "aws_account_id" ? "123456789012" : "public.ecr.aws/nginx/nginx:stable";
  }
  return values;
}

/** One configuration of a batch: a label (a Terraform identifier), its files and variable values. */
export interface BatchEntry {
  readonly label: string;
  readonly files: readonly EmittedFile[];
  readonly variables: Readonly<Record<string, string>>;
}

export interface BatchResult {
  readonly validate: ValidateResult;
  /** Planned resource addresses per label, without the `module.<label>.` prefix. */
  readonly planned: ReadonlyMap<string, readonly string[]>;
}

/**
 * Validates and plans many configurations in one Terraform run: each becomes
 * a child module of a generated root, so the provider starts once per batch
 * instead of once per configuration. (Child modules keep their own provider
 * blocks; their backend blocks are ignored, which the root's local state makes moot.)
 */
export async function terraformBatch(entries: readonly BatchEntry[]): Promise<BatchResult> {
  const root = mkdtempSync(join(tmpdir(), "idio-tf-batch-"));
  try {
    const modules: Record<string, Record<string, string>> = {};
    for (const entry of entries) {
      const dir = writeWorkspace(entry.files);
      // Move the module under the batch root.
      const target = join(root, entry.label);
      renameSync(dir, target);
      rmSync(dirname(dir), { recursive: true, force: true });
      // A child module must not declare a backend; drop it from the copy.
      const mainPath = join(target, "main.tf.json");
      const main = JSON.parse(readFileSync(mainPath, "utf8")) as {
        terraform?: { backend?: unknown };
      };
      if (main.terraform) delete main.terraform.backend;
      writeFileSync(mainPath, JSON.stringify(main));
      modules[entry.label] = { source: `./${entry.label}`, ...entry.variables };
    }
    writeFileSync(join(root, "main.tf.json"), JSON.stringify({ module: modules }));
    await terraformInit(root);
    const validate = await terraformValidate(root);
    const planned = new Map<string, string[]>(entries.map((entry) => [entry.label, []]));
    if (validate.valid) {
      for (const address of await terraformPlanAddresses(root, {})) {
        const match = /^module\.([^.]+)\.(.*)$/.exec(address);
        if (match) planned.get(match[1]!)?.push(match[2]!);
      }
    }
    return { validate, planned };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
