/**
 * Views of a document that may not match the schema yet: semantic checks and
 * defaults run on every document (to report all problems at once), so they
 * read it through these guards instead of trusting the types.
 */
export type LooseRecord = Record<string, unknown>;

export function asRecord(value: unknown): LooseRecord | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as LooseRecord)
    : undefined;
}

export interface LooseTier {
  readonly index: number;
  readonly tier: LooseRecord;
  readonly name?: string;
  readonly type?: string;
}

export function looseTiers(document: LooseRecord): LooseTier[] {
  const tiers = document.tiers;
  if (!Array.isArray(tiers)) return [];
  const result: LooseTier[] = [];
  tiers.forEach((value, index) => {
    const tier = asRecord(value);
    if (tier === undefined) return;
    result.push({
      index,
      tier,
      ...(typeof tier.name === "string" ? { name: tier.name } : {}),
      ...(typeof tier.type === "string" ? { type: tier.type } : {}),
    });
  });
  return result;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}

/**
 * How a message names a tier: `tier "web"` (its written or defaulted name), or
 * `tiers[3]` by position when it has none (only when its type is invalid too).
 */
export function tierLabel(tier: Pick<LooseTier, "index" | "name">): string {
  return tier.name === undefined ? `tiers[${tier.index}]` : `tier "${tier.name}"`;
}
