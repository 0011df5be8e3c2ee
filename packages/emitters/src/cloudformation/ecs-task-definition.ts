import { logicalId } from "../names.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const ecsTaskDefinitionCloudFormation: CloudFormationMapping<"aws.ecs.task_definition"> = {
  kind: "aws.ecs.task_definition",
  attrs: {
    id: "Ref",
    arn: "Ref",
    family: (_id, node) => (node.props as { family: string }).family,
  },
  resources: single("AWS::ECS::TaskDefinition"),
  emit(node, ctx) {
    const p = node.props;
    const c = p.container;
    const image =
      c.image ??
      ctx.parameter(`${logicalId(node.id)}Image`, {
        Type: "String",
        Description: `Container image for ${node.id}.`,
      });
    ctx.add(node, "AWS::ECS::TaskDefinition", {
      Family: p.family,
      Cpu: String(p.cpu),
      Memory: String(p.memory),
      NetworkMode: "awsvpc",
      RequiresCompatibilities: ["FARGATE"],
      RuntimePlatform: { CpuArchitecture: p.cpuArchitecture, OperatingSystemFamily: "LINUX" },
      ExecutionRoleArn: ctx.value(p.executionRoleArn, node),
      TaskRoleArn: ctx.value(p.taskRoleArn, node),
      ContainerDefinitions: [
        {
          Name: c.name,
          Image: image,
          Essential: true,
          ...(c.command ? { Command: [...c.command] } : {}),
          ReadonlyRootFilesystem: c.readonlyRootFilesystem,
          ...(c.port === undefined
            ? {}
            : { PortMappings: [{ ContainerPort: c.port, Protocol: "tcp" }] }),
          ...(c.environment.length > 0
            ? {
                Environment: c.environment.map((entry) => ({
                  Name: entry.name,
                  Value: ctx.value(entry.value, node),
                })),
              }
            : {}),
          ...(c.secrets.length > 0
            ? {
                Secrets: c.secrets.map((entry) => ({
                  Name: entry.name,
                  ValueFrom: ctx.value(entry.valueFrom, node),
                })),
              }
            : {}),
          LogConfiguration: {
            LogDriver: "awslogs",
            Options: {
              "awslogs-group": ctx.value(c.logGroupName, node),
              "awslogs-region": { Ref: "AWS::Region" },
              "awslogs-stream-prefix": c.name,
            },
          },
        },
      ],
      Tags: ctx.tags(node),
    });
  },
};
