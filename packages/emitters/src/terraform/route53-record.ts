import { Route53Record } from "./provider-bindings.js";
import type { RecordRoutingPolicy } from "@idio-iac/graph";
import { single, type TerraformMapping } from "./mapping.js";

/**
 * An alias record: no TTL and no records, the target's DNS name and its own
 * hosted zone id instead (a load balancer's `zone_id`, a distribution's
 * `hosted_zone_id`, which is always Z2FDTNDATAQYW2). Route 53 answers alias
 * queries to AWS resources free of charge.
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html
 * A routed record (one per serving site) adds `set_identifier`, one
 * `*_routing_policy` block and its `health_check_id`
 * (https://registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/route53_record).
 */
export const recordTerraform: TerraformMapping<"aws.route53.record"> = {
  kind: "aws.route53.record",
  type: Route53Record.tfResourceType,
  attrs: { id: "id", fqdn: "fqdn" },
  resources: single(Route53Record.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Route53Record, {
      zoneId: ctx.value(p.zoneId, node),
      name: p.name,
      type: p.type,
      alias: {
        name: ctx.value(p.alias.name, node),
        zoneId: ctx.value(p.alias.zoneId, node),
        evaluateTargetHealth: p.alias.evaluateTargetHealth,
      },
      setIdentifier: p.routing?.setIdentifier,
      ...(p.routing !== undefined ? routingPolicy(p.routing.policy) : {}),
      healthCheckId: p.healthCheckId !== undefined ? ctx.value(p.healthCheckId, node) : undefined,
    });
  },
};

function routingPolicy(policy: RecordRoutingPolicy) {
  switch (policy.type) {
    case "failover":
      return { failoverRoutingPolicy: { type: policy.role } };
    case "latency":
      return { latencyRoutingPolicy: { region: policy.region } };
    case "weighted":
      return { weightedRoutingPolicy: { weight: policy.weight } };
    case "geolocation":
      return {
        geolocationRoutingPolicy: {
          continent: policy.continentCode,
          country: policy.countryCode,
          subdivision: policy.subdivisionCode,
        },
      };
  }
}
