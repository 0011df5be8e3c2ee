import { EcsTaskDefinition } from "./provider-bindings.js";
import { terraformName } from "../names.js";
import { single, type TerraformMapping } from "./mapping.js";

export const ecsTaskDefinitionTerraform: TerraformMapping<"aws.ecs.task_definition"> = {
  kind: "aws.ecs.task_definition",
  type: EcsTaskDefinition.tfResourceType,
  attrs: { id: "id", arn: "arn", family: "family" },
  resources: single(EcsTaskDefinition.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const c = p.container;
    const image =
      c.image ?? ctx.variable(`${terraformName(node.id)}_image`, `Container image for ${node.id}.`);
    const container = {
      name: c.name,
      image,
      essential: true,
      ...(c.command ? { command: [...c.command] } : {}),
      readonlyRootFilesystem: c.readonlyRootFilesystem,
      portMappings: c.port === undefined ? [] : [{ containerPort: c.port, protocol: "tcp" }],
      environment: c.environment.map((entry) => ({
        name: entry.name,
        value: ctx.value(entry.value, node),
      })),
      secrets: c.secrets.map((entry) => ({
        name: entry.name,
        valueFrom: ctx.value(entry.valueFrom, node),
      })),
      logConfiguration: {
        logDriver: "awslogs",
        options: {
          "awslogs-group": ctx.value(c.logGroupName, node),
          "awslogs-region": ctx.regionOf(node),
          "awslogs-stream-prefix": c.name,
        },
      },
    };
    ctx.create(node, EcsTaskDefinition, {
      family: p.family,
      cpu: String(p.cpu),
      memory: String(p.memory),
      networkMode: "awsvpc",
      requiresCompatibilities: ["FARGATE"],
      runtimePlatform: { cpuArchitecture: p.cpuArchitecture, operatingSystemFamily: "LINUX" },
      executionRoleArn: ctx.value(p.executionRoleArn, node),
      taskRoleArn: ctx.value(p.taskRoleArn, node),
      containerDefinitions: JSON.stringify([container]),
      tags: ctx.tags(node),
    });
  },
};
