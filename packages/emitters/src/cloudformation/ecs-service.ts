import { single, type CloudFormationMapping } from "./mapping.js";

export const ecsServiceCloudFormation: CloudFormationMapping<"aws.ecs.service"> = {
  kind: "aws.ecs.service",
  attrs: { id: "Ref", name: "Name", arn: "Ref" },
  resources: single("AWS::ECS::Service"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::ECS::Service", {
      ServiceName: p.name,
      Cluster: ctx.value(p.clusterArn, node),
      TaskDefinition: ctx.value(p.taskDefinitionArn, node),
      DesiredCount: p.desiredCount,
      LaunchType: p.launchType,
      NetworkConfiguration: {
        AwsvpcConfiguration: {
          Subnets: ctx.values(p.subnetIds, node),
          SecurityGroups: ctx.values(p.securityGroupIds, node),
          AssignPublicIp: p.assignPublicIp ? "ENABLED" : "DISABLED",
        },
      },
      LoadBalancers: p.loadBalancer
        ? [
            {
              TargetGroupArn: ctx.value(p.loadBalancer.targetGroupArn, node),
              ContainerName: p.loadBalancer.containerName,
              ContainerPort: p.loadBalancer.containerPort,
            },
          ]
        : undefined,
      DeploymentConfiguration: {
        DeploymentCircuitBreaker: {
          Enable: p.deploymentCircuitBreaker,
          Rollback: p.deploymentCircuitBreaker,
        },
      },
      EnableExecuteCommand: p.enableExecuteCommand,
      HealthCheckGracePeriodSeconds: p.loadBalancer ? p.healthCheckGracePeriodSeconds : undefined,
      PropagateTags: "SERVICE",
      Tags: ctx.tags(node),
    });
  },
};
