import { IntentCodes } from "../../diagnostics/codes.js";
import { ENGINES_BY_TIER_TYPE, TIER_TYPES, type TierType } from "../../schema/enums.js";
import { looseTiers, tierLabel } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** An engine must be one its tier type can run (postgres for a database, not for a cache). */
export const checkEngines: SemanticCheck = (document, report) => {
  for (const { index, name, type, tier } of looseTiers(document)) {
    if (typeof tier.engine !== "string" || !(TIER_TYPES as readonly string[]).includes(type ?? ""))
      continue;
    const engines: readonly string[] = ENGINES_BY_TIER_TYPE[type as TierType];
    if (engines.includes(tier.engine)) continue;
    // An engine that is not an engine at all is the schema's to report.
    const known = Object.values(ENGINES_BY_TIER_TYPE).some((list: readonly string[]) =>
      list.includes(tier.engine as string),
    );
    if (!known) continue;
    const owner = (TIER_TYPES as readonly TierType[]).find((candidate) =>
      (ENGINES_BY_TIER_TYPE[candidate] as readonly string[]).includes(tier.engine as string),
    );
    report(
      IntentCodes.EngineMismatch,
      `/tiers/${index}/engine`,
      `Engine "${tier.engine}" does not fit ${tierLabel({ index, name })} of type ${type}.`,
      engines.length === 0
        ? `${article(type!)} ${type} tier has no engine; remove it${owner ? ` (${tier.engine} is for ${owner} tiers)` : ""}.`
        : `${article(type!)} ${type} tier runs ${engines.join(", ")}${owner ? `; ${tier.engine} is for ${owner} tiers` : ""}.`,
    );
  }
};

function article(word: string): string {
  return /^[aeiou]/.test(word) ? "An" : "A";
}
