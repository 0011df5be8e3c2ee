import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.autoscaling.group`: An EC2 Auto Scaling group. */
export interface AutoScalingGroupProps {
  readonly name: string;
  readonly launchTemplateId: Ref;
  readonly minSize: number;
  readonly maxSize: number;
  readonly desiredCapacity: number;
  readonly subnetIds: readonly Ref[];
  readonly targetGroupArns: readonly Ref[];
  readonly healthCheckType: "EC2" | "ELB";
  readonly healthCheckGracePeriod: number;
  /** Target-tracking scaling on average CPU. */
  readonly targetCpuPercent: number;
}

export const autoScalingGroupKind = declareKind<AutoScalingGroupProps>()({
  kind: "aws.autoscaling.group",
  group: "compute",
  attrs: ["id", "arn", "name"],
  description: "An EC2 Auto Scaling group.",
});
