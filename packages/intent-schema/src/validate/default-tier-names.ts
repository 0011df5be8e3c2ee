import { TIER_TYPES } from "../schema/enums.js";
import { asRecord, type LooseRecord } from "./loose.js";

/**
 * Names every unnamed tier after its type, before the schema runs (so every
 * later message and check can name it). The rule, deterministic and
 * documented in the schema: explicit names are reserved first, whatever their
 * position; then each unnamed tier, in document order, takes its type
 * ("database") if free, else the first free "database-2", "database-3", ….
 * An explicit name always wins, and a defaulted name never equals another
 * tier's name. A tier without a valid type keeps no name (the schema reports
 * the type; messages then call it by position, `tiers[3]`).
 */
export function defaultTierNames(document: LooseRecord): void {
  if (!Array.isArray(document.tiers)) return;
  const tiers = document.tiers.map((value: unknown) => asRecord(value));
  const taken = new Set<string>();
  for (const tier of tiers) if (typeof tier?.name === "string") taken.add(tier.name);
  for (const tier of tiers) {
    if (tier === undefined || tier.name !== undefined || !isTierType(tier.type)) continue;
    let name = tier.type;
    for (let suffix = 2; taken.has(name); suffix++) name = `${tier.type}-${suffix}`;
    taken.add(name);
    tier.name = name;
  }
}

function isTierType(type: unknown): type is string {
  return (TIER_TYPES as readonly unknown[]).includes(type);
}
