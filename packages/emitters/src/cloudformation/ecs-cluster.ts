import { single, type CloudFormationMapping } from "./mapping.js";

export const ecsClusterCloudFormation: CloudFormationMapping<"aws.ecs.cluster"> = {
  kind: "aws.ecs.cluster",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: single("AWS::ECS::Cluster"),
  emit(node, ctx) {
    ctx.add(node, "AWS::ECS::Cluster", {
      ClusterName: node.props.name,
      ClusterSettings: [
        { Name: "containerInsights", Value: node.props.containerInsights ? "enabled" : "disabled" },
      ],
      Tags: ctx.tags(node),
    });
  },
};
