import { single, type CloudFormationMapping } from "./mapping.js";

/**
 * An endpoint health check by domain name; `Ref` returns its id, which
 * records take as `HealthCheckId` and alarms as the `HealthCheckId` dimension
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-route53-healthcheck.html).
 */
export const healthCheckCloudFormation: CloudFormationMapping<"aws.route53.health_check"> = {
  kind: "aws.route53.health_check",
  attrs: { id: "Ref" },
  resources: single("AWS::Route53::HealthCheck"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::Route53::HealthCheck", {
      HealthCheckConfig: {
        Type: p.type,
        FullyQualifiedDomainName: ctx.value(p.fqdn, node),
        Port: p.port,
        ResourcePath: p.resourcePath,
        RequestInterval: p.requestIntervalSeconds,
        FailureThreshold: p.failureThreshold,
        EnableSNI: p.enableSni,
        MeasureLatency: p.measureLatency,
      },
      HealthCheckTags: [...(ctx.tags(node) ?? []), { Key: "Name", Value: p.name }],
    });
  },
};
