import type { GraphNode, PolicyStatement } from "@idio-iac/graph";
import type { CloudFormationContext } from "./context.js";

/** An IAM policy document as a CloudFormation object, references as intrinsics. */
export function policyDocument(
  statements: readonly PolicyStatement[],
  node: GraphNode,
  ctx: CloudFormationContext,
): object {
  return {
    Version: "2012-10-17",
    // A statement naming a resource of a stack deployed later waits for it (see `guard`).
    Statement: statements.map((statement) =>
      ctx.guard(() => {
        const principal: Record<string, unknown> = {};
        if (statement.principals?.service?.length)
          principal.Service = [...statement.principals.service];
        if (statement.principals?.aws?.length) {
          const aws = ctx.values(statement.principals.aws, node);
          principal.AWS = aws.length === 1 && aws[0] === "*" ? "*" : aws;
        }
        return {
          Sid: statement.sid,
          Effect: statement.effect,
          ...(Object.keys(principal).length > 0 ? { Principal: principal } : {}),
          Action: [...statement.actions],
          Resource: ctx.values(statement.resources, node),
          ...(statement.conditions && Object.keys(statement.conditions).length > 0
            ? { Condition: ctx.deep(statement.conditions, node) }
            : {}),
        };
      }),
    ),
  };
}
