import { AutoscalingGroup, AutoscalingPolicy } from "./provider-bindings.js";
import { resourceName } from "./context.js";
import type { TerraformMapping } from "./mapping.js";

export const autoScalingGroupTerraform: TerraformMapping<"aws.autoscaling.group"> = {
  kind: "aws.autoscaling.group",
  type: AutoscalingGroup.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: () => [
    { type: AutoscalingGroup.tfResourceType },
    { type: AutoscalingPolicy.tfResourceType },
  ],
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, AutoscalingGroup, {
      name: p.name,
      launchTemplate: { id: ctx.value(p.launchTemplateId, node), version: "$Latest" },
      minSize: p.minSize,
      maxSize: p.maxSize,
      desiredCapacity: p.desiredCapacity,
      vpcZoneIdentifier: ctx.values(p.subnetIds, node),
      targetGroupArns: ctx.values(p.targetGroupArns, node),
      healthCheckType: p.healthCheckType,
      healthCheckGracePeriod: p.healthCheckGracePeriod,
      // Instances get the node's tags; the provider's default tags do not reach them.
      tag: Object.entries(node.tags).map(([key, value]) => ({
        key,
        value,
        propagateAtLaunch: true,
      })),
      lifecycle: { ignoreChanges: ["desired_capacity"] },
    });
    ctx.create(node, AutoscalingPolicy, {
      name: `${p.name}-cpu`,
      autoscalingGroupName: `\${${AutoscalingGroup.tfResourceType}.${resourceName(node.id)}.name}`,
      policyType: "TargetTrackingScaling",
      targetTrackingConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
        targetValue: p.targetCpuPercent,
      },
    });
  },
};
