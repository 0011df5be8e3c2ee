import { single, type CloudFormationMapping } from "./mapping.js";

export const scalingPolicyCloudFormation: CloudFormationMapping<"aws.appautoscaling.policy"> = {
  kind: "aws.appautoscaling.policy",
  attrs: { id: "Ref", arn: "Arn" },
  resources: single("AWS::ApplicationAutoScaling::ScalingPolicy"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::ApplicationAutoScaling::ScalingPolicy", {
      PolicyName: p.name,
      PolicyType: "TargetTrackingScaling",
      ScalingTargetId: ctx.value(p.scalableTarget, node),
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: p.targetValue,
        ScaleInCooldown: p.scaleInCooldownSeconds,
        ScaleOutCooldown: p.scaleOutCooldownSeconds,
        PredefinedMetricSpecification: { PredefinedMetricType: p.predefinedMetric },
      },
    });
  },
};
