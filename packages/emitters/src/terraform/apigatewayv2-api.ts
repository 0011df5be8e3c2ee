import { Apigatewayv2Api } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const httpApiTerraform: TerraformMapping<"aws.apigatewayv2.api"> = {
  kind: "aws.apigatewayv2.api",
  type: Apigatewayv2Api.tfResourceType,
  attrs: { id: "id", arn: "arn", apiEndpoint: "api_endpoint", executionArn: "execution_arn" },
  resources: single(Apigatewayv2Api.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Apigatewayv2Api, {
      name: node.props.name,
      protocolType: node.props.protocolType,
      disableExecuteApiEndpoint: node.props.disableExecuteApiEndpoint,
      tags: ctx.tags(node),
    });
  },
};
