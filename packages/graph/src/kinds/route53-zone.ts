import { declareKind } from "./declare-kind.js";

/** `aws.route53.zone`: A public Route 53 hosted zone for the intent's domain. */
export interface HostedZoneProps {
  readonly name: string;
  readonly comment: string;
}

export const hostedZoneKind = declareKind<HostedZoneProps>()({
  kind: "aws.route53.zone",
  group: "edge",
  attrs: ["id", "nameServers"],
  description: "A public Route 53 hosted zone for the intent's domain.",
});
