import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ecs.service`: An ECS service on Fargate. */
export interface EcsServiceProps {
  readonly name: string;
  readonly clusterArn: Ref;
  readonly taskDefinitionArn: Ref;
  readonly desiredCount: number;
  readonly launchType: "FARGATE";
  readonly subnetIds: readonly Ref[];
  readonly securityGroupIds: readonly Ref[];
  readonly assignPublicIp: boolean;
  readonly loadBalancer?: {
    readonly targetGroupArn: Ref;
    readonly containerName: string;
    readonly containerPort: number;
  };
  readonly deploymentCircuitBreaker: boolean;
  readonly enableExecuteCommand: boolean;
  readonly healthCheckGracePeriodSeconds?: number;
}

export const ecsServiceKind = declareKind<EcsServiceProps>()({
  kind: "aws.ecs.service",
  group: "compute",
  attrs: ["id", "name", "arn"],
  description: "An ECS service on Fargate.",
});
