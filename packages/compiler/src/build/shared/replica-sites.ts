import { type CompileContext, sitesOf } from "../../context/context.js";
import type { Site } from "../../ids.js";

/**
 * The secondary sites that hold a live copy of the data: every site the tiers are built in
 * besides the primary, and the DR region whenever the recovery decision replicates data there
 * (pilot light and up), even when no tier runs there.
 */
export function replicaSitesOf(context: CompileContext): Site[] {
  const sites = sitesOf(context).filter((site) => site !== "primary");
  if (context.recovery.replicatesData && context.drRegion !== undefined && !sites.includes("dr"))
    sites.push("dr");
  return sites;
}

/** The AWS region of a site: the intent's region, the DR region, or the site's own code. */
export function awsRegionOfSite(context: CompileContext, site: Site): string {
  if (site === "primary") return context.intent.region;
  if (site === "dr") return context.drRegion ?? context.intent.region;
  return site;
}

/** What a secondary site's AWS names carry to differ from the primary's (`dr` or the region code). */
export function sitePart(site: Site): string[] {
  return site === "primary" ? [] : [site];
}
