import type { CloudFormationMapping } from "./mapping.js";

export const autoScalingGroupCloudFormation: CloudFormationMapping<"aws.autoscaling.group"> = {
  kind: "aws.autoscaling.group",
  attrs: {
    id: "Ref",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:autoscaling:\${AWS::Region}:\${AWS::AccountId}:autoScalingGroup:*:autoScalingGroupName/\${${id}}`,
    }),
    name: "Ref",
  },
  resources: () => [
    { type: "AWS::AutoScaling::AutoScalingGroup" },
    { type: "AWS::AutoScaling::ScalingPolicy", suffix: "cpu-scaling" },
  ],
  emit(node, ctx) {
    const p = node.props;
    const template = p.launchTemplateId;
    const group = ctx.add(node, "AWS::AutoScaling::AutoScalingGroup", {
      AutoScalingGroupName: p.name,
      LaunchTemplate: {
        LaunchTemplateId: ctx.value(template, node),
        Version: ctx.value({ ref: template.ref, attr: "latestVersion" }, node),
      },
      MinSize: String(p.minSize),
      MaxSize: String(p.maxSize),
      DesiredCapacity: String(p.desiredCapacity),
      VPCZoneIdentifier: ctx.values(p.subnetIds, node),
      TargetGroupARNs: ctx.values(p.targetGroupArns, node),
      HealthCheckType: p.healthCheckType,
      HealthCheckGracePeriod: p.healthCheckGracePeriod,
      Tags: (ctx.tags(node) ?? []).map((tag) => ({ ...tag, PropagateAtLaunch: true })),
    });
    ctx.add(
      node,
      "AWS::AutoScaling::ScalingPolicy",
      {
        AutoScalingGroupName: { Ref: group },
        PolicyType: "TargetTrackingScaling",
        TargetTrackingConfiguration: {
          PredefinedMetricSpecification: { PredefinedMetricType: "ASGAverageCPUUtilization" },
          TargetValue: p.targetCpuPercent,
        },
      },
      { suffix: "cpu-scaling" },
    );
  },
};
