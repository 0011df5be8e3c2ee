import { Apigatewayv2Stage } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const httpApiStageTerraform: TerraformMapping<"aws.apigatewayv2.stage"> = {
  kind: "aws.apigatewayv2.stage",
  type: Apigatewayv2Stage.tfResourceType,
  attrs: { id: "id", arn: "arn", invokeUrl: "invoke_url" },
  resources: single(Apigatewayv2Stage.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Apigatewayv2Stage, {
      apiId: ctx.value(p.apiId, node),
      name: p.name,
      autoDeploy: p.autoDeploy,
      accessLogSettings: {
        destinationArn: ctx.value(p.accessLogs.destinationArn, node),
        format: ctx.value(p.accessLogs.format, node),
      },
      defaultRouteSettings: {
        throttlingBurstLimit: p.throttling.burstLimit,
        throttlingRateLimit: p.throttling.rateLimit,
      },
      tags: ctx.tags(node),
    });
  },
};
