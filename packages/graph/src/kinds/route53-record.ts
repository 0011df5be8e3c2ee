import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.route53.record`: An alias record pointing a name at a load balancer or
 * CloudFront distribution (in a public zone, or in a private one for the
 * names internal tiers reach each other by).
 */
export interface RecordProps {
  /** The hosted zone: a created zone's id, or the id the intent gives. */
  readonly zoneId: Ref | string;
  readonly name: string;
  readonly type: "A" | "AAAA";
  readonly alias: {
    readonly name: Ref;
    /** The target's own hosted zone id (a load balancer's zone_id, CloudFront's Z2FDTNDATAQYW2). */
    readonly zoneId: Ref;
    readonly evaluateTargetHealth: boolean;
  };
  /** The tier's public URL (`https://<name>`), printed as an output; set on the A record only. */
  readonly url?: string;
}

export const recordKind = declareKind<RecordProps>()({
  kind: "aws.route53.record",
  group: "edge",
  attrs: ["id", "fqdn"],
  description: "An alias record pointing a name at a load balancer or distribution.",
});
