import { single, type CloudFormationMapping } from "./mapping.js";

export const loadBalancerCloudFormation: CloudFormationMapping<"aws.elbv2.load_balancer"> = {
  kind: "aws.elbv2.load_balancer",
  attrs: {
    id: "Ref",
    arn: "Ref",
    arnSuffix: "LoadBalancerFullName",
    dnsName: "DNSName",
    zoneId: "CanonicalHostedZoneID",
  },
  resources: single("AWS::ElasticLoadBalancingV2::LoadBalancer"),
  emit(node, ctx) {
    const p = node.props;
    const attributes: { Key: string; Value: unknown }[] = [
      {
        Key: "routing.http.drop_invalid_header_fields.enabled",
        Value: String(p.dropInvalidHeaderFields),
      },
      { Key: "deletion_protection.enabled", Value: String(p.deletionProtection) },
      { Key: "idle_timeout.timeout_seconds", Value: String(p.idleTimeoutSeconds) },
    ];
    if (p.accessLogs) {
      attributes.push(
        { Key: "access_logs.s3.enabled", Value: "true" },
        { Key: "access_logs.s3.bucket", Value: ctx.value(p.accessLogs.bucket, node) },
        { Key: "access_logs.s3.prefix", Value: p.accessLogs.prefix },
      );
    }
    ctx.add(node, "AWS::ElasticLoadBalancingV2::LoadBalancer", {
      Name: p.name,
      Type: "application",
      Scheme: p.internal ? "internal" : "internet-facing",
      Subnets: ctx.values(p.subnetIds, node),
      SecurityGroups: ctx.values(p.securityGroupIds, node),
      LoadBalancerAttributes: attributes,
      Tags: ctx.tags(node),
    });
  },
};
