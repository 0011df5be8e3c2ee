import { AppautoscalingPolicy } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const scalingPolicyTerraform: TerraformMapping<"aws.appautoscaling.policy"> = {
  kind: "aws.appautoscaling.policy",
  type: AppautoscalingPolicy.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(AppautoscalingPolicy.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const attr = (name: string): string => ctx.attribute(p.scalableTarget.ref, name);
    ctx.create(node, AppautoscalingPolicy, {
      name: p.name,
      policyType: "TargetTrackingScaling",
      serviceNamespace: attr("service_namespace"),
      resourceId: attr("resource_id"),
      scalableDimension: attr("scalable_dimension"),
      targetTrackingScalingPolicyConfiguration: {
        targetValue: p.targetValue,
        scaleInCooldown: p.scaleInCooldownSeconds,
        scaleOutCooldown: p.scaleOutCooldownSeconds,
        predefinedMetricSpecification: { predefinedMetricType: p.predefinedMetric },
      },
    });
  },
};
