import { EcsService } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const ecsServiceTerraform: TerraformMapping<"aws.ecs.service"> = {
  kind: "aws.ecs.service",
  type: EcsService.tfResourceType,
  // The service's id is its ARN.
  attrs: { id: "id", name: "name", arn: "id" },
  resources: single(EcsService.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, EcsService, {
      name: p.name,
      cluster: ctx.value(p.clusterArn, node),
      taskDefinition: ctx.value(p.taskDefinitionArn, node),
      desiredCount: p.desiredCount,
      launchType: p.launchType,
      networkConfiguration: {
        subnets: ctx.values(p.subnetIds, node),
        securityGroups: ctx.values(p.securityGroupIds, node),
        assignPublicIp: p.assignPublicIp,
      },
      loadBalancer: p.loadBalancer
        ? [
            {
              targetGroupArn: ctx.value(p.loadBalancer.targetGroupArn, node),
              containerName: p.loadBalancer.containerName,
              containerPort: p.loadBalancer.containerPort,
            },
          ]
        : undefined,
      deploymentCircuitBreaker: {
        enable: p.deploymentCircuitBreaker,
        rollback: p.deploymentCircuitBreaker,
      },
      enableExecuteCommand: p.enableExecuteCommand,
      healthCheckGracePeriodSeconds: p.healthCheckGracePeriodSeconds,
      propagateTags: "SERVICE",
      // Application Auto Scaling owns the running count after the first apply.
      lifecycle: { ignoreChanges: ["desired_count"] },
      tags: ctx.tags(node),
    });
  },
};
