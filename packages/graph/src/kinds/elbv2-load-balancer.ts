import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.elbv2.load_balancer`: An Application Load Balancer. */
export interface LoadBalancerProps {
  readonly name: string;
  readonly internal: boolean;
  readonly subnetIds: readonly Ref[];
  readonly securityGroupIds: readonly Ref[];
  readonly dropInvalidHeaderFields: boolean;
  readonly deletionProtection: boolean;
  readonly idleTimeoutSeconds: number;
  readonly accessLogs?: { readonly bucket: Ref; readonly prefix: string };
}

export const loadBalancerKind = declareKind<LoadBalancerProps>()({
  kind: "aws.elbv2.load_balancer",
  group: "edge",
  attrs: ["id", "arn", "arnSuffix", "dnsName", "zoneId"],
  description: "An Application Load Balancer.",
});
