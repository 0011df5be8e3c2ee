import { LambdaPermission } from "./provider-bindings.js";
import { terraformName } from "../names.js";
import { single, type TerraformMapping } from "./mapping.js";

export const lambdaPermissionTerraform: TerraformMapping<"aws.lambda.permission"> = {
  kind: "aws.lambda.permission",
  type: LambdaPermission.tfResourceType,
  attrs: { id: "id" },
  resources: single(LambdaPermission.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, LambdaPermission, {
      statementId: terraformName(node.id),
      action: node.props.action,
      functionName: ctx.value(node.props.functionName, node),
      principal: node.props.principal,
      sourceArn: ctx.value(node.props.sourceArn, node),
    });
  },
};
