import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.appautoscaling.policy`: A target-tracking scaling policy. */
export interface ScalingPolicyProps {
  readonly name: string;
  readonly scalableTarget: Ref;
  readonly predefinedMetric:
    "ECSServiceAverageCPUUtilization" | "ECSServiceAverageMemoryUtilization";
  readonly targetValue: number;
  readonly scaleInCooldownSeconds: number;
  readonly scaleOutCooldownSeconds: number;
}

export const scalingPolicyKind = declareKind<ScalingPolicyProps>()({
  kind: "aws.appautoscaling.policy",
  group: "compute",
  attrs: ["id", "arn"],
  description: "A target-tracking scaling policy.",
});
