/**
 * Node ids are readable and stable: `<tier>.<part>` for a tier's resources,
 * `<area>.<part>` for shared ones (network, security, edge, compute, ops,
 * recovery), `dr.` in front of anything in the disaster-recovery region and
 * `<region code>.` in front of anything in an extra serving region (`us-west-2.api.service`).
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
  // A tier named like a region code would read as a serving region's prefix.
  return SHARED_AREAS.includes(tierName) || /^[a-z]+-[a-z]+-\d+$/.test(tierName)
    ? `tier.${tierName}`
    : tierName;
}

/** An AWS region code (`us-west-2`): a site serving traffic besides the primary (`regions`). */
export type AwsRegionCode = `${string}-${string}-${number}`;

/**
 * Where a node is built: the primary region, the DR region, or one of the
 * intent's extra serving regions by its code. Code that builds per site tests
 * `site !== "primary"` where it means a secondary site.
 */
export type Site = "primary" | "dr" | AwsRegionCode;

/** The id of a node in `site`: `dr.` or `<region code>.` in front of the primary's id. */
export function siteId(site: Site, id: string): string {
  return site === "primary" ? id : `${site}.${id}`;
}

/** `regions` entries as sites (the schema admits region names only). */
export function servingSite(region: string): AwsRegionCode {
  return region as AwsRegionCode;
}

/**
 * What distinguishes a secondary site's AWS names: `dr`, or the region code.
 * IAM names are global and other names must differ from the primary's copy.
 */
export function siteNamePart(site: Site): string[] {
  return site === "primary" ? [] : [site];
}

/** ` (DR)` or ` (<region code>)` after a resource's description in a secondary site; empty in the primary. */
export function siteLabel(site: Site): string {
  if (site === "primary") return "";
  return site === "dr" ? " (DR)" : ` (${site})`;
}

/** `-dr` or `-<region code>` after a name built by hand in a secondary site; empty in the primary. */
export function siteSuffix(site: Site): string {
  return site === "primary" ? "" : `-${site}`;
}

/** The node that stands for a tier of each kind: what others reference, alarm on and back up. */
export type TierMainPart =
  | "cluster"
  | "instance"
  | "replica"
  | "replication-group"
  | "table"
  | "bucket"
  | "queue"
  | "stream"
  | "distribution"
  | "function"
  | "asg"
  | "service";

/** `<tier prefix>.<part>`, `dr.` in front in the DR region. */
export function tierNodeId(prefix: string, part: TierMainPart, site: Site = "primary"): string {
  return siteId(site, `${prefix}.${part}`);
}

/** Subnet groups: their presence in the DR region means a DR network is needed. */
export const SUBNET_GROUP_KINDS: ReadonlySet<string> = new Set([
  "aws.rds.subnet_group",
  "aws.elasticache.subnet_group",
]);

/** A readable, deterministic id segment from free text (e-mail addresses, etc.). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/@/g, "-at-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A slug per text, unique among them: texts that slug alike (`a.b@x.com`,
 * `a-b@x.com`) after the first get a short hash of their exact text, so ids
 * stay readable, stable and independent of order in the list.
 */
export function uniqueSlugs(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(slug(text), (counts.get(slug(text)) ?? 0) + 1);
  return texts.map((text) => {
    const base = slug(text);
    return counts.get(base)! > 1 ? `${base}-${fnv1a(text)}` : base;
  });
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable fingerprint, not a security hash. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
