import type { GraphNode, PolicyStatement } from "@idio-iac/graph";
import type { TerraformContext } from "./context.js";

/** IAM JSON for statements, with references as Terraform interpolation inside the string. */
export function policyDocument(
  statements: readonly PolicyStatement[],
  node: GraphNode,
  ctx: TerraformContext,
): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: statements.map((statement) => {
      const principal: Record<string, string[]> = {};
      if (statement.principals?.service?.length)
        principal.Service = [...statement.principals.service];
      if (statement.principals?.aws?.length)
        principal.AWS = ctx.values(statement.principals.aws, node);
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
  });
}
