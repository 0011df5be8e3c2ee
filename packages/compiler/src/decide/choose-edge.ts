import type { Intent } from "@idio-iac/intent-schema";
import type { ComputeDecision } from "./select-compute.js";
import type { Posture } from "./decide-posture.js";
import type { ResolvedTier } from "../context/resolve-tiers.js";

/**
 * How a load-balanced tier meets its callers:
 * - `internet-facing`: its load balancer sits in the public subnets;
 * - `cloudfront`: a CloudFront distribution is the only way in, reaching an
 *   internal load balancer through a VPC origin;
 * - `internal`: only other tiers in the VPC call it.
 */
export type Exposure = "internet-facing" | "cloudfront" | "internal";

/**
 * `edge: cloudfront` on the tier wins, `edge: none` too. Left out, CloudFront
 * goes in front exactly when HTTPS is required and the intent has no domain:
 * CloudFront's own certificate (*.cloudfront.net) is then the only one to be
 * had, and the internal load balancer is not on the internet at all.
 */
export function exposureOf(
  intent: Intent,
  posture: Pick<Posture, "tls">,
  decision: ComputeDecision | undefined,
  t: ResolvedTier,
): Exposure {
  if (!t.isPublic) return "internal";
  if (decision?.entry !== "alb") return "internet-facing";
  const chosen = t.tier.edge;
  if (chosen !== undefined) return chosen === "cloudfront" ? "cloudfront" : "internet-facing";
  return posture.tls && intent.domain === undefined ? "cloudfront" : "internet-facing";
}

/** What put CloudFront in front of the tier: its `edge` when set, else the absent `domain`. */
export function edgeChoicePointers(t: ResolvedTier): string[] {
  return t.tier.edge !== undefined ? [`${t.pointer}/edge`] : ["/domain"];
}

/**
 * Load balancers terminate TLS when it is required and a certificate can be
 * issued, which needs the intent's domain; otherwise they listen on HTTP
 * (behind CloudFront or inside the VPC, never on the internet with TLS required).
 */
export function loadBalancersSpeakHttps(intent: Intent, posture: Pick<Posture, "tls">): boolean {
  return posture.tls && intent.domain !== undefined;
}
