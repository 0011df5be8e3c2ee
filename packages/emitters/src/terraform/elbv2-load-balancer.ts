import { Lb } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const loadBalancerTerraform: TerraformMapping<"aws.elbv2.load_balancer"> = {
  kind: "aws.elbv2.load_balancer",
  type: Lb.tfResourceType,
  attrs: { id: "id", arn: "arn", arnSuffix: "arn_suffix", dnsName: "dns_name", zoneId: "zone_id" },
  resources: single(Lb.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Lb, {
      name: p.name,
      internal: p.internal,
      loadBalancerType: "application",
      subnets: ctx.values(p.subnetIds, node),
      securityGroups: ctx.values(p.securityGroupIds, node),
      dropInvalidHeaderFields: p.dropInvalidHeaderFields,
      enableDeletionProtection: p.deletionProtection,
      idleTimeout: p.idleTimeoutSeconds,
      accessLogs: p.accessLogs
        ? {
            bucket: ctx.value(p.accessLogs.bucket, node),
            prefix: p.accessLogs.prefix,
            enabled: true,
          }
        : undefined,
      tags: ctx.tags(node),
    });
  },
};
