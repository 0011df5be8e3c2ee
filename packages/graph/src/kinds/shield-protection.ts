import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.shield.protection`: Shield Advanced protection of one resource (an internet-facing load
 * balancer, a CloudFront distribution, a Route 53 hosted zone). It needs the account's Shield
 * Advanced subscription, which IDIO does not create (account-wide, one-year commitment):
 * https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary.html
 */
export interface ShieldProtectionProps {
  readonly name: string;
  readonly resourceArn: Ref | Join;
}

export const shieldProtectionKind = declareKind<ShieldProtectionProps>()({
  kind: "aws.shield.protection",
  group: "security",
  attrs: ["id", "arn"],
  description: "Shield Advanced protection of one internet-facing resource.",
});
