import { IntentCodes } from "../../diagnostics/codes.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { looseTiers } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** Every connectsTo entry names another existing tier. */
export const checkConnections: SemanticCheck = (document, report) => {
  const tiers = looseTiers(document);
  const names = tiers.flatMap(({ name }) => (name === undefined ? [] : [name]));
  for (const { index, name, tier } of tiers) {
    if (!Array.isArray(tier.connectsTo)) continue;
    tier.connectsTo.forEach((target: unknown, position) => {
      if (typeof target !== "string") return;
      const pointer = `/tiers/${index}/connectsTo/${position}`;
      if (target === name) {
        report(
          IntentCodes.SelfConnection,
          pointer,
          `Tier "${target}" lists itself in connectsTo.`,
          "A tier can always reach itself; remove this entry.",
        );
      } else if (!names.includes(target)) {
        const others = names.filter((other) => other !== name);
        report(
          IntentCodes.UnknownTier,
          pointer,
          `connectsTo names "${target}", which is not a tier of this intent.`,
          didYouMean(target, others) ??
            (others.length > 0
              ? `Tiers: ${others.join(", ")}.`
              : "Add that tier or remove this entry."),
        );
      }
    });
  }
};
