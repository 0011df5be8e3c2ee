import { Apigatewayv2Integration } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const httpApiIntegrationTerraform: TerraformMapping<"aws.apigatewayv2.integration"> = {
  kind: "aws.apigatewayv2.integration",
  type: Apigatewayv2Integration.tfResourceType,
  attrs: { id: "id" },
  resources: single(Apigatewayv2Integration.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Apigatewayv2Integration, {
      apiId: ctx.value(p.apiId, node),
      integrationType: p.integrationType,
      integrationUri: ctx.value(p.integrationUri, node),
      integrationMethod: "POST",
      payloadFormatVersion: p.payloadFormatVersion,
      timeoutMilliseconds: p.timeoutMilliseconds,
    });
  },
};
