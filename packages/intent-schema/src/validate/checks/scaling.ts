import { IntentCodes } from "../../diagnostics/codes.js";
import { asRecord, looseTiers, tierLabel } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** scaling.min may not exceed scaling.max. */
export const checkScaling: SemanticCheck = (document, report) => {
  for (const { index, name, tier } of looseTiers(document)) {
    const scaling = asRecord(tier.scaling);
    if (typeof scaling?.min !== "number" || typeof scaling.max !== "number") continue;
    if (scaling.min > scaling.max) {
      report(
        IntentCodes.ScalingInverted,
        `/tiers/${index}/scaling/min`,
        `${capitalise(tierLabel({ index, name }))} scales from ${scaling.min} up to ${scaling.max}: min is above max.`,
        `Lower min to ${scaling.max} or less, or raise max to ${scaling.min} or more.`,
      );
    }
  }
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
