import { Apigatewayv2ApiMapping } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const httpApiMappingTerraform: TerraformMapping<"aws.apigatewayv2.api_mapping"> = {
  kind: "aws.apigatewayv2.api_mapping",
  type: Apigatewayv2ApiMapping.tfResourceType,
  attrs: { id: "id" },
  resources: single(Apigatewayv2ApiMapping.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Apigatewayv2ApiMapping, {
      apiId: ctx.value(p.apiId, node),
      domainName: ctx.value(p.domainName, node),
      stage: ctx.value(p.stage, node),
    });
  },
};
