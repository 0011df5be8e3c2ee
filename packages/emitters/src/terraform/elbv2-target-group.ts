import { LbTargetGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const targetGroupTerraform: TerraformMapping<"aws.elbv2.target_group"> = {
  kind: "aws.elbv2.target_group",
  type: LbTargetGroup.tfResourceType,
  attrs: { id: "id", arn: "arn", arnSuffix: "arn_suffix", name: "name" },
  resources: single(LbTargetGroup.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, LbTargetGroup, {
      name: p.name,
      port: p.port,
      protocol: p.protocol,
      targetType: p.targetType,
      vpcId: ctx.value(p.vpcId, node),
      deregistrationDelay: String(p.deregistrationDelaySeconds),
      healthCheck: {
        enabled: true,
        path: p.healthCheckPath,
        protocol: p.protocol,
        matcher: "200-399",
        healthyThreshold: 3,
        unhealthyThreshold: 3,
        interval: 15,
      },
      tags: ctx.tags(node),
    });
  },
};
