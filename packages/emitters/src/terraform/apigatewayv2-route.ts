import { Apigatewayv2Route } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const httpApiRouteTerraform: TerraformMapping<"aws.apigatewayv2.route"> = {
  kind: "aws.apigatewayv2.route",
  type: Apigatewayv2Route.tfResourceType,
  attrs: { id: "id" },
  resources: single(Apigatewayv2Route.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Apigatewayv2Route, {
      apiId: ctx.value(node.props.apiId, node),
      routeKey: node.props.routeKey,
      target: ctx.value(node.props.target, node),
    });
  },
};
