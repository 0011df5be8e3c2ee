import type { Join, Ref } from "@idio-iac/graph";
import { type CompileContext, report } from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { Site } from "../../ids.js";
import type { Runtime, TierAccess } from "./build-permissions.js";

/**
 * What the intent says about the application itself (its command,
 * environment and CPU architecture), merged with what IDIO derives from its
 * connections. Shared by the ECS, Lambda and EC2 builders.
 */

export type Architecture = "x86_64" | "arm64";

/**
 * The architecture a tier runs on. A container image's architecture is
 * unknown to IDIO, and an x86-only image on arm64 dies with "exec format
 * error", so containers default to x86_64 and Graviton is recommended in the
 * reason. Lambda's managed Node.js, Python and Java runtimes run the same
 * package on both, so functions default to arm64 (Graviton); a
 * provided.al2023 bootstrap is a compiled binary of unknown architecture.
 */
export function architectureOf(t: ResolvedTier, runtime: Runtime): Architecture {
  if (t.tier.architecture !== undefined) return t.tier.architecture;
  if (runtime === "lambda") return t.runtime === "provided.al2023" ? "x86_64" : "arm64";
  return "x86_64";
}

/** The reason's words for the architecture: what was chosen, and the saving Graviton offers. */
export function architectureNote(t: ResolvedTier, architecture: Architecture): string {
  if (architecture === "arm64") {
    return t.tier.architecture === "arm64"
      ? "arm64 (Graviton, as the intent asks; about 20% cheaper than x86_64)"
      : "arm64 (Graviton, about 20% cheaper than x86_64; the runtime runs the same package on both)";
  }
  return t.tier.architecture === "x86_64"
    ? "x86_64 (as the intent asks)"
    : "x86_64 (default: the code's architecture is unknown, and an x86-only build fails on arm64); set architecture: arm64 when it has an arm64 build, to run on Graviton for about 20% less";
}

/** Static credentials in the environment would override the role the code runs as. */
const CREDENTIALS = [
  "AWS_ACCESS_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
];

/**
 * Lambda sets these itself and rejects a function that sets them
 * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
 */
const LAMBDA_RESERVED = new Set([
  ...CREDENTIALS,
  "_HANDLER",
  "_X_AMZN_TRACE_ID",
  "AWS_DEFAULT_REGION",
  "AWS_REGION",
  "AWS_EXECUTION_ENV",
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
  "AWS_LAMBDA_FUNCTION_VERSION",
  "AWS_LAMBDA_INITIALIZATION_TYPE",
  "AWS_LAMBDA_LOG_GROUP_NAME",
  "AWS_LAMBDA_LOG_STREAM_NAME",
  "AWS_LAMBDA_RUNTIME_API",
  "LAMBDA_TASK_ROOT",
  "LAMBDA_RUNTIME_DIR",
]);

/**
 * ECS puts the task role's credentials endpoint and the metadata endpoint in
 * these (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html,
 * .../task-metadata-endpoint-v4.html); a user value would break them.
 */
const CONTAINER_RESERVED = new Set([
  ...CREDENTIALS,
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
  "ECS_CONTAINER_METADATA_URI",
  "ECS_CONTAINER_METADATA_URI_V4",
]);

function platformReserves(name: string, runtime: Runtime): boolean {
  return (runtime === "lambda" ? LAMBDA_RESERVED : CONTAINER_RESERVED).has(name);
}

export interface TierEnvironmentEntry {
  readonly name: string;
  readonly value: string | Ref | Join;
}

/**
 * The connection-derived environment followed by the intent's own variables
 * (sorted by name). A user variable that IDIO or the platform sets is an
 * error (IDIO430), reported once (primary site) at the variable.
 */
export function tierEnvironment(
  context: CompileContext,
  t: ResolvedTier,
  access: TierAccess,
  runtime: Runtime,
  site: Site,
): TierEnvironmentEntry[] {
  const derived = new Set([
    ...access.environment.map((e) => e.name),
    ...access.secrets.map((s) => s.name),
  ]);
  const own = Object.entries(t.tier.environment ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const kept: TierEnvironmentEntry[] = [];
  for (const [name, value] of own) {
    const fromConnection = derived.has(name);
    if (fromConnection || platformReserves(name, runtime)) {
      if (site === "primary") {
        report(context, `${t.pointer}/environment/${name}`, {
          code: CompileCode.EnvironmentCollision,
          message: fromConnection
            ? `${t.name} sets ${name}, which IDIO sets from its connections (${access.edges.map((e) => e.to.name).join(", ")}).`
            : `${t.name} sets ${name}, which ${runtime === "lambda" ? "Lambda" : "the platform"} reserves.`,
          hint: fromConnection
            ? `Rename it; IDIO's ${name} carries the connection's value (docs/compiler.md, "What each tier receives").`
            : "Rename it: AWS sets it (credentials, region, handler or metadata endpoints; docs/diagnostics.md lists them).",
        });
      }
      continue;
    }
    kept.push({ name, value });
  }
  return [...access.environment, ...kept];
}
