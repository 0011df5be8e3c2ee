import type { CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { siteId, siteNamePart, type Site } from "../../ids.js";

/** What every step of building one tier in one site reads: passed to the small add* helpers. */
export interface TierScope {
  readonly context: CompileContext;
  readonly t: ResolvedTier;
  readonly site: Site;
  /** A secondary site: the DR region or an extra serving region (`site !== "primary"`). */
  readonly dr: boolean;
  /** `-dr` or `-<region code>` in a secondary site, for names built by hand; empty in the primary. */
  readonly suffix: string;
  /** `<tier prefix>.<local>`, with `dr.` (or the region code) in front in a secondary site. */
  readonly id: (local: string) => string;
  /** Parts of an AWS name: the tier, `dr` (or the region code) in a secondary site, then `parts`. */
  readonly nameParts: (...parts: string[]) => string[];
}

export function tierScope(context: CompileContext, t: ResolvedTier, site: Site): TierScope {
  return {
    context,
    t,
    site,
    dr: site !== "primary",
    suffix: site === "primary" ? "" : `-${site}`,
    id: (local) => siteId(site, `${t.prefix}.${local}`),
    nameParts: (...parts) => [t.name, ...siteNamePart(site), ...parts],
  };
}
