import type { Intent } from "@idio-iac/intent-schema";
import type { ResolvedTier } from "./resolve-tiers.js";
import { resolveTiers } from "./resolve-tiers.js";

/**
 * The DNS name a tier is served on: the intent's domain for the first public
 * web, api or static-site tier (in document order), `<tier>.<domain>` for
 * every other; the ACM certificate covers both. Undefined without a domain.
 * One rule for the compiler's records and for what the CLI shows when DNS is
 * hosted elsewhere (no records to read the names from).
 */
export function hostnameAmong(
  tiers: readonly ResolvedTier[],
  domain: string | undefined,
  tierName: string,
): string | undefined {
  if (domain === undefined) return undefined;
  const first = tiers.find(
    (t) => t.isPublic && (t.type === "web" || t.type === "api" || t.type === "static-site"),
  );
  return first?.name === tierName ? domain : `${tierName}.${domain}`;
}

/** `hostnameAmong` for a validated intent (resolves its tiers first). */
export function publicHostname(intent: Intent, tierName: string): string | undefined {
  return hostnameAmong(resolveTiers(intent), intent.domain, tierName);
}
