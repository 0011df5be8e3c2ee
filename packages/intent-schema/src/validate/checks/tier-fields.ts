import { IntentCodes } from "../../diagnostics/codes.js";
import { COMPUTE_TIER_TYPES, PUBLIC_TIER_TYPES, TIER_TYPES } from "../../schema/enums.js";
import { looseTiers, tierLabel } from "../loose.js";
import type { SemanticCheck } from "./check.js";

const COMPUTE: readonly string[] = COMPUTE_TIER_TYPES;
const WEB_OR_API: readonly string[] = ["web", "api"];
const CONTAINER: readonly string[] = ["web", "api", "worker"];
const DATA: readonly string[] = ["database", "nosql", "cache", "storage", "queue", "stream"];

/** Which tier types each type-specific field means something for. */
const APPLIES_TO: Readonly<Record<string, readonly string[]>> = {
  scaling: COMPUTE,
  runtime: COMPUTE,
  port: WEB_OR_API,
  healthCheckPath: WEB_OR_API,
  edge: WEB_OR_API,
  image: CONTAINER,
  cpu: CONTAINER,
  memoryMb: COMPUTE,
  dataSizeGb: [...DATA, "static-site"],
  engineVersion: ["database", "cache"],
  command: COMPUTE,
  environment: COMPUTE,
  architecture: COMPUTE,
  spa: ["static-site"],
};

/**
 * Fields that only some tier types use: `public` on a private type is an
 * error (it would promise exposure IDIO will not create); `compute` must fit
 * the type; other fields that do nothing for the type are warnings.
 */
export const checkTierFields: SemanticCheck = (document, report) => {
  for (const { index, name, type, tier } of looseTiers(document)) {
    // A type that is not a tier type is the schema's to report.
    if (!(TIER_TYPES as readonly string[]).includes(type ?? "")) continue;
    if (type === undefined) continue;
    const label = tierLabel({ index, name });
    if (tier.public === true && !(PUBLIC_TIER_TYPES as readonly string[]).includes(type)) {
      report(
        IntentCodes.PublicNotAllowed,
        `/tiers/${index}/public`,
        `${capitalise(label)} is a ${type} tier and cannot be public.`,
        `Only ${PUBLIC_TIER_TYPES.join(", ")} tiers face the internet; connect a public tier to it instead.`,
      );
    }
    const compute = tier.compute;
    if (typeof compute === "string" && compute !== "auto") {
      const fits = CONTAINER.includes(type) || (type === "function" && compute === "lambda");
      if (!fits) {
        report(
          IntentCodes.ComputeMismatch,
          `/tiers/${index}/compute`,
          `${capitalise(label)} is a ${type} tier; compute: ${compute} does not apply to it.`,
          type === "function"
            ? "A function tier always runs on Lambda; remove compute."
            : "compute chooses how web, api and worker tiers run; remove it.",
        );
      }
    }
    for (const [field, types] of Object.entries(APPLIES_TO)) {
      if (tier[field] === undefined || types.includes(type)) continue;
      report(
        IntentCodes.FieldNotApplicable,
        `/tiers/${index}/${field}`,
        `${field} has no effect on ${label} (type ${type}).`,
        `${field} applies to ${types.join(", ")} tiers; remove it here.`,
        { atKey: true },
      );
    }
  }
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
