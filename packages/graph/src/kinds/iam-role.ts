import type { PolicyStatement } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.iam.role`: An IAM role with inline least-privilege policies. */
export interface IamRoleProps {
  readonly name: string;
  readonly description: string;
  /** Services that may assume the role, e.g. `ecs-tasks.amazonaws.com`. */
  readonly assumedBy: readonly string[];
  readonly inlinePolicies: readonly {
    readonly name: string;
    readonly statements: readonly PolicyStatement[];
  }[];
  /** AWS managed policies, by ARN path after `arn:<partition>:iam::aws:policy/`. */
  readonly managedPolicies: readonly string[];
  readonly maxSessionDurationSeconds: number;
}

export const iamRoleKind = declareKind<IamRoleProps>()({
  kind: "aws.iam.role",
  group: "security",
  attrs: ["id", "arn", "name"],
  description: "An IAM role with inline least-privilege policies.",
});
