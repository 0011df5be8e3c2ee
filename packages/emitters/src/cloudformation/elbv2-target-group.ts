import { single, type CloudFormationMapping } from "./mapping.js";

export const targetGroupCloudFormation: CloudFormationMapping<"aws.elbv2.target_group"> = {
  kind: "aws.elbv2.target_group",
  attrs: { id: "Ref", arn: "Ref", arnSuffix: "TargetGroupFullName", name: "TargetGroupName" },
  resources: single("AWS::ElasticLoadBalancingV2::TargetGroup"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::ElasticLoadBalancingV2::TargetGroup", {
      Name: p.name,
      Port: p.port,
      Protocol: p.protocol,
      TargetType: p.targetType,
      VpcId: ctx.value(p.vpcId, node),
      HealthCheckEnabled: true,
      HealthCheckPath: p.healthCheckPath,
      HealthCheckProtocol: p.protocol,
      HealthCheckIntervalSeconds: 15,
      HealthyThresholdCount: 3,
      UnhealthyThresholdCount: 3,
      Matcher: { HttpCode: "200-399" },
      TargetGroupAttributes: [
        {
          Key: "deregistration_delay.timeout_seconds",
          Value: String(p.deregistrationDelaySeconds),
        },
      ],
      Tags: ctx.tags(node),
    });
  },
};
