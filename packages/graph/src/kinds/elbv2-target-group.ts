import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.elbv2.target_group`: A load balancer target group. */
export interface TargetGroupProps {
  readonly name: string;
  readonly port: number;
  readonly protocol: "HTTP" | "HTTPS";
  readonly targetType: "ip" | "instance";
  readonly vpcId: Ref;
  readonly healthCheckPath: string;
  readonly deregistrationDelaySeconds: number;
}

export const targetGroupKind = declareKind<TargetGroupProps>()({
  kind: "aws.elbv2.target_group",
  group: "compute",
  attrs: ["id", "arn", "arnSuffix", "name"],
  description: "A load balancer target group.",
});
