import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
  writeFileSync(
    file,
    `plugin_cache_dir = "${cache}"\n` +
      `provider_installation {\n  filesystem_mirror {\n    path = "${PROVIDER_MIRROR}"\n  }\n}\n`,
  );
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
    writeFileSync(
      join(dir, "offline_override.tf.json"),
      JSON.stringify({
        provider: {
          aws: [offline, { ...offline, alias: "dr" }, { ...offline, alias: "global" }],
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

export async function terraformInit(dir: string, backend = true): Promise<void> {
  await terraform(dir, [
    "init",
    "-input=false",
    "-no-color",
    ...(backend ? [] : ["-backend=false"]),
  ]);
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

/** Plans offline and returns the addresses of the resources the plan would create. */
export async function terraformPlanAddresses(
  dir: string,
  variables: Readonly<Record<string, string>>,
): Promise<string[]> {
  const vars = Object.entries(variables).flatMap(([name, value]) => ["-var", `${name}=${value}`]);
  await terraform(dir, [
    "plan",
    "-input=false",
    "-no-color",
    "-lock=false",
    "-refresh=false",
    "-out=tfplan",
    ...vars,
  ]);
  const { stdout } = await terraform(dir, ["show", "-json", "-no-color", "tfplan"]);
  const plan = JSON.parse(stdout) as {
    resource_changes?: { address: string; mode: string; change: { actions: string[] } }[];
  };
  return (plan.resource_changes ?? [])
    .filter((change) => change.mode === "managed" && change.change.actions.includes("create"))
    .map((change) => change.address)
    .sort();
}

/** Dummy values for the variables a configuration declares (account id, images). */
export function dummyVariables(names: Iterable<string>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    values[name] = name === "aws_account_id" ? "123456789012" : "public.ecr.aws/nginx/nginx:stable";
  }
  return values;
}
