import { DbSubnetGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbSubnetGroupTerraform: TerraformMapping<"aws.rds.subnet_group"> = {
  kind: "aws.rds.subnet_group",
  type: DbSubnetGroup.tfResourceType,
  attrs: { id: "id", name: "name", arn: "arn" },
  resources: single(DbSubnetGroup.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, DbSubnetGroup, {
      name: node.props.name,
      description: node.props.description,
      subnetIds: ctx.values(node.props.subnetIds, node),
      tags: ctx.tags(node),
    });
  },
};
