/** `aws.ecs.cluster`: An ECS cluster. */
export interface EcsClusterProps {
  readonly name: string;
  readonly containerInsights: boolean;
}

export const ecsClusterKind = {
  kind: "aws.ecs.cluster",
  group: "compute",
  attrs: ["id", "arn", "name"],
  description: "An ECS cluster.",
} as const;
