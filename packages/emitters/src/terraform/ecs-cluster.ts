import { EcsCluster } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const ecsClusterTerraform: TerraformMapping<"aws.ecs.cluster"> = {
  kind: "aws.ecs.cluster",
  type: EcsCluster.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(EcsCluster.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, EcsCluster, {
      name: node.props.name,
      setting: [
        {
          name: "containerInsights",
          value: node.props.containerInsights ? "enabled" : "disabled",
        },
      ],
      tags: ctx.tags(node),
    });
  },
};
