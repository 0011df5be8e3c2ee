import { RdsClusterParameterGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbClusterParameterGroupTerraform: TerraformMapping<"aws.rds.cluster_parameter_group"> =
  {
    kind: "aws.rds.cluster_parameter_group",
    type: RdsClusterParameterGroup.tfResourceType,
    attrs: { id: "id", name: "name", arn: "arn" },
    resources: single(RdsClusterParameterGroup.tfResourceType),
    emit(node, ctx) {
      ctx.create(node, RdsClusterParameterGroup, {
        name: node.props.name,
        family: node.props.family,
        description: node.props.description,
        parameter: node.props.parameters.map((parameter) => ({ ...parameter })),
        tags: ctx.tags(node),
      });
    },
  };
