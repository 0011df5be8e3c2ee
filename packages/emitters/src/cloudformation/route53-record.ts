import type { RecordRoutingPolicy } from "@idio-iac/graph";
import { single, type CloudFormationMapping } from "./mapping.js";

/**
 * An alias record set; `AliasTarget.HostedZoneId` is the target's own zone
 * (a load balancer's CanonicalHostedZoneID, CloudFront's Z2FDTNDATAQYW2).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53-recordset-aliastarget.html
 * A routed record adds `SetIdentifier`, one of `Failover`, `Region`
 * (latency), `GeoLocation` or `Weight`, and `HealthCheckId`
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-recordset.html).
 */
export const recordCloudFormation: CloudFormationMapping<"aws.route53.record"> = {
  kind: "aws.route53.record",
  attrs: { id: "Ref", fqdn: "Ref" },
  resources: single("AWS::Route53::RecordSet"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::Route53::RecordSet", {
      HostedZoneId: ctx.value(p.zoneId, node),
      Name: p.name,
      Type: p.type,
      AliasTarget: {
        DNSName: ctx.value(p.alias.name, node),
        HostedZoneId: ctx.value(p.alias.zoneId, node),
        EvaluateTargetHealth: p.alias.evaluateTargetHealth,
      },
      SetIdentifier: p.routing?.setIdentifier,
      ...(p.routing !== undefined ? routingPolicy(p.routing.policy) : {}),
      HealthCheckId: p.healthCheckId !== undefined ? ctx.value(p.healthCheckId, node) : undefined,
    });
  },
};

function routingPolicy(policy: RecordRoutingPolicy): Record<string, unknown> {
  switch (policy.type) {
    case "failover":
      return { Failover: policy.role };
    case "latency":
      return { Region: policy.region };
    case "weighted":
      return { Weight: policy.weight };
    case "geolocation":
      return {
        GeoLocation: {
          ContinentCode: policy.continentCode,
          CountryCode: policy.countryCode,
          SubdivisionCode: policy.subdivisionCode,
        },
      };
  }
}
