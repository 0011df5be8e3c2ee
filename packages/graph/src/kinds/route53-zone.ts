import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.route53.zone`: A Route 53 hosted zone for the intent's domain: public,
 * or private to one VPC when `vpc` is set (the names internal tiers reach
 * each other by).
 */
export interface HostedZoneProps {
  readonly name: string;
  readonly comment: string;
  /** Private zone: the VPC it answers in, and that VPC's region. */
  readonly vpc?: { readonly id: Ref; readonly region: string };
}

export const hostedZoneKind = declareKind<HostedZoneProps>()({
  kind: "aws.route53.zone",
  group: "edge",
  attrs: ["id", "nameServers"],
  description: "A Route 53 hosted zone for the intent's domain: public, or private to a VPC.",
});
