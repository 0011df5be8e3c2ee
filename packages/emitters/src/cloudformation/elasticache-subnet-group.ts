import { single, type CloudFormationMapping } from "./mapping.js";

export const cacheSubnetGroupCloudFormation: CloudFormationMapping<"aws.elasticache.subnet_group"> =
  {
    kind: "aws.elasticache.subnet_group",
    attrs: { id: "Ref", name: "Ref" },
    resources: single("AWS::ElastiCache::SubnetGroup"),
    emit(node, ctx) {
      ctx.add(node, "AWS::ElastiCache::SubnetGroup", {
        CacheSubnetGroupName: node.props.name,
        Description: node.props.description,
        SubnetIds: ctx.values(node.props.subnetIds, node),
        Tags: ctx.tags(node),
      });
    },
  };
