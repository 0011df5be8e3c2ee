import { single, type CloudFormationMapping } from "./mapping.js";

export const httpApiIntegrationCloudFormation: CloudFormationMapping<"aws.apigatewayv2.integration"> =
  {
    kind: "aws.apigatewayv2.integration",
    attrs: { id: "Ref" },
    resources: single("AWS::ApiGatewayV2::Integration"),
    emit(node, ctx) {
      const p = node.props;
      ctx.add(node, "AWS::ApiGatewayV2::Integration", {
        ApiId: ctx.value(p.apiId, node),
        IntegrationType: p.integrationType,
        IntegrationUri: ctx.value(p.integrationUri, node),
        IntegrationMethod: "POST",
        PayloadFormatVersion: p.payloadFormatVersion,
        TimeoutInMillis: p.timeoutMilliseconds,
      });
    },
  };
