import type { Join } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.appautoscaling.target`: Makes an ECS service's desired count scalable. */
export interface ScalableTargetProps {
  readonly serviceNamespace: "ecs";
  /** `service/<cluster>/<service>`. */
  readonly resourceId: Join;
  readonly scalableDimension: "ecs:service:DesiredCount";
  readonly minCapacity: number;
  readonly maxCapacity: number;
}

export const scalableTargetKind = declareKind<ScalableTargetProps>()({
  kind: "aws.appautoscaling.target",
  group: "compute",
  attrs: ["id", "resourceId"],
  description: "Makes an ECS service's desired count scalable.",
});
