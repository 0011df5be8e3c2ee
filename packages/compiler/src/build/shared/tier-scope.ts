import type { CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { siteId, type Site } from "../../ids.js";

/** What every step of building one tier in one site reads: passed to the small add* helpers. */
export interface TierScope {
  readonly context: CompileContext;
  readonly t: ResolvedTier;
  readonly site: Site;
  readonly dr: boolean;
  /** `<tier prefix>.<local>`, with `dr.` in front in the DR region. */
  readonly id: (local: string) => string;
  /** Parts of an AWS name: the tier, `dr` in the DR region, then `parts`. */
  readonly nameParts: (...parts: string[]) => string[];
}

export function tierScope(context: CompileContext, t: ResolvedTier, site: Site): TierScope {
  const dr = site === "dr";
  return {
    context,
    t,
    site,
    dr,
    id: (local) => siteId(site, `${t.prefix}.${local}`),
    nameParts: (...parts) => [t.name, ...(dr ? ["dr"] : []), ...parts],
  };
}
