import { Route53HealthCheck } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

/**
 * An endpoint health check by domain name
 * (https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/route53_health_check);
 * the `Name` tag is what the Route 53 console lists it by.
 */
export const healthCheckTerraform: TerraformMapping<"aws.route53.health_check"> = {
  kind: "aws.route53.health_check",
  type: Route53HealthCheck.tfResourceType,
  attrs: { id: "id" },
  resources: single(Route53HealthCheck.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Route53HealthCheck, {
      type: p.type,
      fqdn: ctx.value(p.fqdn, node),
      port: p.port,
      resourcePath: p.resourcePath,
      requestInterval: p.requestIntervalSeconds,
      failureThreshold: p.failureThreshold,
      enableSni: p.enableSni,
      measureLatency: p.measureLatency,
      tags: { ...ctx.tags(node), Name: p.name },
    });
  },
};
