import { single, type CloudFormationMapping } from "./mapping.js";

export const httpApiMappingCloudFormation: CloudFormationMapping<"aws.apigatewayv2.api_mapping"> = {
  kind: "aws.apigatewayv2.api_mapping",
  attrs: { id: "Ref" },
  resources: single("AWS::ApiGatewayV2::ApiMapping"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::ApiGatewayV2::ApiMapping", {
      ApiId: ctx.value(p.apiId, node),
      DomainName: ctx.value(p.domainName, node),
      Stage: ctx.value(p.stage, node),
    });
  },
};
