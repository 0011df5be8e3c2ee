import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { InvalidArgumentError, Option } from "commander";
import { renderDiagnostics } from "@idio-iac/intent-schema";
import {
  DEFAULT_BUNDLE_LIMITS,
  DEFAULT_POLICY_TIMEOUT_MS,
  loadPolicyBundle,
  PolicyBundleError,
  PolicyDiagnostic,
  type PolicyBundle,
} from "@idio-iac/policy";
import { useColor, type CliIo } from "./cli-io.js";

/** The options every command that takes --policy-bundle shares. */
export interface PolicyBundleOptions {
  readonly policyBundle: string[];
  /** Seconds, already parsed and checked by commander. */
  readonly policyTimeout?: number;
  readonly allowBundleFixes?: boolean;
}

/** `--policy-bundle <file>`, repeatable. */
export function policyBundleOption(): Option {
  return new Option(
    "--policy-bundle <file>",
    "a user policy bundle (bundle.tar.gz or policy.wasm from opa build -t wasm); repeatable",
  )
    .argParser((value: string, previous: string[] = []) => [...previous, value])
    .default([] as string[]);
}

/** `--policy-timeout <seconds>`: the time limit for each load or evaluation of a user bundle. */
export function policyTimeoutOption(): Option {
  return new Option(
    "--policy-timeout <seconds>",
    `time limit for loading and for each evaluation of a user bundle (default ${DEFAULT_POLICY_TIMEOUT_MS / 1000})`,
  ).argParser(parseSeconds);
}

/** `--allow-bundle-fixes`: apply user bundles' fixes (commands that fix only). */
export function allowBundleFixesOption(): Option {
  return new Option(
    "--allow-bundle-fixes",
    "apply the fixes of --policy-bundle rules (otherwise they are reported unfixed)",
  );
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0) || seconds > 600) {
    throw new InvalidArgumentError(
      `a number of seconds above 0 and at most 600, such as 2 or 0.5, not "${value}"`,
    );
  }
  return seconds;
}

/** The time limit in ms that plan() and loadPolicyBundle take. */
export function policyTimeoutMs(options: PolicyBundleOptions): number {
  return Math.round((options.policyTimeout ?? DEFAULT_POLICY_TIMEOUT_MS / 1000) * 1000);
}

/**
 * Reads and instantiates each --policy-bundle; a bad one is reported as a
 * diagnostic at the bundle file (IDIO510–IDIO520) and stops the command (exit 2).
 * The size cap is checked on the open file before its bytes are read.
 */
export async function loadBundles(
  options: PolicyBundleOptions,
  io: CliIo,
): Promise<PolicyBundle[] | undefined> {
  const bundles: PolicyBundle[] = [];
  const timeoutMs = policyTimeoutMs(options);
  for (const file of options.policyBundle) {
    try {
      bundles.push(loadPolicyBundle(await readCapped(file, io), file, { timeoutMs }));
    } catch (error) {
      if (!(error instanceof PolicyBundleError)) throw error;
      io.stderr(renderDiagnostics([error.toDiagnostic()], { format: "text", color: useColor(io) }));
      return undefined;
    }
  }
  return bundles;
}

async function readCapped(file: string, io: CliIo): Promise<Uint8Array> {
  const cap = DEFAULT_BUNDLE_LIMITS.maxCompressedBytes;
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the stat below refuses it.
    handle = await open(resolve(io.cwd, file), constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new PolicyBundleError(
        file,
        "is not a regular file",
        PolicyDiagnostic.BundleUnreadable,
        "Name the bundle.tar.gz or policy.wasm file that opa build -t wasm wrote.",
      );
    }
    if (stat.size > cap) {
      throw new PolicyBundleError(
        file,
        `is ${stat.size} bytes, more than the ${cap} a bundle may be`,
        PolicyDiagnostic.BundleTooLarge,
        "A real bundle is a few MiB; check that the path names an opa build -t wasm output.",
      );
    }
    return await handle.readFile();
  } catch (error) {
    if (error instanceof PolicyBundleError) throw error;
    throw new PolicyBundleError(
      file,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      PolicyDiagnostic.BundleUnreadable,
      "Check the path; it is relative to the working directory.",
    );
  } finally {
    await handle?.close();
  }
}
