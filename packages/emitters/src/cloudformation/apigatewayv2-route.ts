import { single, type CloudFormationMapping } from "./mapping.js";

export const httpApiRouteCloudFormation: CloudFormationMapping<"aws.apigatewayv2.route"> = {
  kind: "aws.apigatewayv2.route",
  attrs: { id: "Ref" },
  resources: single("AWS::ApiGatewayV2::Route"),
  emit(node, ctx) {
    ctx.add(node, "AWS::ApiGatewayV2::Route", {
      ApiId: ctx.value(node.props.apiId, node),
      RouteKey: node.props.routeKey,
      Target: ctx.value(node.props.target, node),
    });
  },
};
