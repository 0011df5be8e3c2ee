import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ecs.task_definition`: A Fargate task definition with one container. */
export interface EcsTaskDefinitionProps {
  readonly family: string;
  /** CPU units (1024 = 1 vCPU) and memory in MiB, a valid Fargate pair. */
  readonly cpu: number;
  readonly memory: number;
  readonly cpuArchitecture: "ARM64" | "X86_64";
  readonly executionRoleArn: Ref;
  readonly taskRoleArn: Ref;
  readonly container: {
    readonly name: string;
    /** Image reference; `null` means a deployment variable the user sets. */
    readonly image: string | null;
    /** Replaces the image's CMD (the intent's `command`); absent keeps the image's own. */
    readonly command?: readonly string[];
    readonly port?: number;
    readonly readonlyRootFilesystem: boolean;
    readonly logGroupName: Ref;
    readonly environment: readonly { readonly name: string; readonly value: string | Ref | Join }[];
    /** Secrets injected from Secrets Manager by ARN, never a literal value. */
    readonly secrets: readonly { readonly name: string; readonly valueFrom: Ref | Join }[];
  };
}

export const ecsTaskDefinitionKind = declareKind<EcsTaskDefinitionProps>()({
  kind: "aws.ecs.task_definition",
  group: "compute",
  attrs: ["id", "arn", "family"],
  description: "A Fargate task definition with one container.",
});
