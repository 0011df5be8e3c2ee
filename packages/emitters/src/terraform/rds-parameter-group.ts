import { DbParameterGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbParameterGroupTerraform: TerraformMapping<"aws.rds.parameter_group"> = {
  kind: "aws.rds.parameter_group",
  type: DbParameterGroup.tfResourceType,
  attrs: { id: "id", name: "name", arn: "arn" },
  resources: single(DbParameterGroup.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, DbParameterGroup, {
      name: node.props.name,
      family: node.props.family,
      description: node.props.description,
      parameter: node.props.parameters.map((parameter) => ({ ...parameter })),
      tags: ctx.tags(node),
    });
  },
};
