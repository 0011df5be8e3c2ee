import { ElasticacheSubnetGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const cacheSubnetGroupTerraform: TerraformMapping<"aws.elasticache.subnet_group"> = {
  kind: "aws.elasticache.subnet_group",
  type: ElasticacheSubnetGroup.tfResourceType,
  attrs: { id: "id", name: "name" },
  resources: single(ElasticacheSubnetGroup.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, ElasticacheSubnetGroup, {
      name: node.props.name,
      description: node.props.description,
      subnetIds: ctx.values(node.props.subnetIds, node),
      tags: ctx.tags(node),
    });
  },
};
