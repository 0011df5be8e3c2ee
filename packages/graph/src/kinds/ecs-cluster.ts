import { declareKind } from "./declare-kind.js";

/** `aws.ecs.cluster`: An ECS cluster. */
export interface EcsClusterProps {
  readonly name: string;
  readonly containerInsights: boolean;
}

export const ecsClusterKind = declareKind<EcsClusterProps>()({
  kind: "aws.ecs.cluster",
  group: "compute",
  attrs: ["id", "arn", "name"],
  description: "An ECS cluster.",
});
