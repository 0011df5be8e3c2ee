import { Apigatewayv2DomainName } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

/**
 * A regional custom domain name; alias records point at its
 * `target_domain_name` and `hosted_zone_id`.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-custom-domain-names.html
 */
export const httpApiDomainNameTerraform: TerraformMapping<"aws.apigatewayv2.domain_name"> = {
  kind: "aws.apigatewayv2.domain_name",
  type: Apigatewayv2DomainName.tfResourceType,
  attrs: {
    id: "id",
    targetDomainName: "domain_name_configuration[0].target_domain_name",
    hostedZoneId: "domain_name_configuration[0].hosted_zone_id",
  },
  resources: single(Apigatewayv2DomainName.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Apigatewayv2DomainName, {
      domainName: p.domainName,
      domainNameConfiguration: {
        certificateArn: ctx.value(p.certificateArn, node),
        endpointType: p.endpointType,
        securityPolicy: p.securityPolicy,
        ipAddressType: p.ipAddressType,
      },
      tags: ctx.tags(node),
    });
  },
};
