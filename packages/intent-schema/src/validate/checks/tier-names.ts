import { IntentCodes } from "../../diagnostics/codes.js";
import { looseTiers } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** Tier names are ids: each must be unique. */
export const checkTierNames: SemanticCheck = (document, report) => {
  const firstIndex = new Map<string, number>();
  for (const { index, name } of looseTiers(document)) {
    if (name === undefined) continue;
    const first = firstIndex.get(name);
    if (first === undefined) {
      firstIndex.set(name, index);
      continue;
    }
    report(
      IntentCodes.DuplicateTierName,
      `/tiers/${index}/name`,
      `Tier name "${name}" is already used by tiers[${first}].`,
      "Tier names become resource ids and must be unique; rename one of them.",
      {
        related: [
          { pointer: `/tiers/${first}/name`, message: `tiers[${first}] is named "${name}" here` },
        ],
      },
    );
  }
};
