import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * How Route 53 chooses among records of the same name and type, one per
 * site serving it: failover (PRIMARY, and SECONDARY while the primary's
 * health check fails), latency (the record whose AWS region answers the
 * user fastest), geolocation (by where the query comes from; `countryCode:
 * "*"` is the default record for everyone else) or weighted (each record's
 * share is its weight over the sum).
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html
 */
export type RecordRoutingPolicy =
  | { readonly type: "failover"; readonly role: "PRIMARY" | "SECONDARY" }
  | { readonly type: "latency"; readonly region: string }
  | {
      readonly type: "geolocation";
      readonly continentCode?: string;
      /** ISO 3166-1 alpha-2, or `*` for the default record. */
      readonly countryCode?: string;
      /** A US state, with `countryCode: "US"`. */
      readonly subdivisionCode?: string;
    }
  | { readonly type: "weighted"; readonly weight: number };

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
    /**
     * The target's own hosted zone id (a load balancer's zone_id, CloudFront's
     * Z2FDTNDATAQYW2), or this record's zone when the target is another record
     * in it (then `name` is that record's `fqdn`; an existing zone's id is a string).
     */
    readonly zoneId: Ref | string;
    readonly evaluateTargetHealth: boolean;
  };
  /** The tier's public URL (`https://<name>`), printed as an output; set on the A record only. */
  readonly url?: string;
  /**
   * One of several records of this name and type (one per serving site): its
   * set identifier, unique among them, and the routing policy they share.
   */
  readonly routing?: {
    readonly setIdentifier: string;
    readonly policy: RecordRoutingPolicy;
  };
  /** The health check Route 53 consults before answering with this record. */
  readonly healthCheckId?: Ref;
}

export const recordKind = declareKind<RecordProps>()({
  kind: "aws.route53.record",
  group: "edge",
  attrs: ["id", "fqdn"],
  description: "An alias record pointing a name at a load balancer or distribution.",
});
