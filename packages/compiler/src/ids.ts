/**
 * Node ids are readable and stable: `<tier>.<part>` for a tier's resources,
 * `<area>.<part>` for shared ones (network, security, edge, compute, ops,
 * recovery), and `dr.` in front of anything in the disaster-recovery region.
 * A tier whose name collides with a shared area is prefixed with `tier.`.
 */
export const SHARED_AREAS = [
  "network",
  "security",
  "edge",
  "compute",
  "ops",
  "recovery",
  "dr",
  "tier",
];

export function tierPrefix(tierName: string): string {
  return SHARED_AREAS.includes(tierName) ? `tier.${tierName}` : tierName;
}

export type Site = "primary" | "dr";

/** The id of a node in `site`: DR copies of a primary id are prefixed with `dr.`. */
export function siteId(site: Site, id: string): string {
  return site === "dr" ? `dr.${id}` : id;
}

/** A readable, deterministic id segment from free text (e-mail addresses, etc.). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/@/g, "-at-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
