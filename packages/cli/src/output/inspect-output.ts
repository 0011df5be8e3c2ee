import { readdir } from "node:fs/promises";
import { OutputCodes, type OutputProblem } from "./output-codes.js";
import { readManifest, type OutputManifest } from "./output-manifest.js";
import { MANIFEST_NAME, STAGING_NAME } from "./output-paths.js";
import { recoverStaging } from "./recover-staging.js";

export type OutputOwnership =
  | { readonly kind: "owned"; readonly previous: OutputManifest | undefined }
  | { readonly kind: "refused"; readonly problem: OutputProblem };

/**
 * Decides whether IDIO may write into the existing directory `out`: only
 * when it holds a valid manifest (a previous IDIO output) or nothing at
 * all. A leftover staging directory from a killed run is dealt with first.
 * `shown` is the directory as the user named it, for messages.
 */
export async function inspectOutput(out: string, shown: string): Promise<OutputOwnership> {
  const recovery = await recoverStaging(out);
  if (recovery.kind === "busy")
    return refuse(
      "StagingInUse",
      `Another idio compile (process ${recovery.pid}) is writing ${shown}.`,
      "Wait for it to finish, or stop it; its staging directory is removed by the next run.",
    );
  if (recovery.kind === "unrecognised")
    return refuse(
      "StagingInUse",
      `${shown}/${STAGING_NAME} is not a staging directory IDIO can recognise (${recovery.why}).`,
      `Look inside it, then remove ${shown}/${STAGING_NAME} yourself.`,
    );
  const manifest = await readManifest(out);
  if (manifest.kind === "invalid")
    return refuse(
      "BadManifest",
      `${shown}/${MANIFEST_NAME} cannot be trusted: ${manifest.problem}.`,
      `If ${shown} is IDIO's output, delete ${MANIFEST_NAME} and the generated files, then compile again; otherwise choose another --out.`,
    );
  if (manifest.kind === "valid") return { kind: "owned", previous: manifest.manifest };
  const entries = await readdir(out);
  if (entries.length === 0) return { kind: "owned", previous: undefined };
  const listed = entries.sort().slice(0, 5).join(", ");
  return refuse(
    "OutNotOwned",
    `${shown} is not empty (${listed}${entries.length > 5 ? ", …" : ""}) and holds no ${MANIFEST_NAME}, so IDIO did not write it.`,
    "Choose an empty or new directory with --out; IDIO never writes into a directory it does not own.",
  );
}

function refuse(key: keyof typeof OutputCodes, message: string, hint: string): OutputOwnership {
  return { kind: "refused", problem: { info: OutputCodes[key], message, hint } };
}
