import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

/**
 * The primary stack creates the Global Datastore with its primary member; each secondary stack
 * (deployed after it) joins with `GlobalReplicationGroupId` on its replication group, so no
 * value flows back to the primary:
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-globalreplicationgroup.html
 */
export const cacheGlobalReplicationGroupCloudFormation: CloudFormationMapping<"aws.elasticache.global_replication_group"> =
  {
    kind: "aws.elasticache.global_replication_group",
    attrs: { id: "Ref", arn: arnOf("elasticache", "globalreplicationgroup:", true) },
    resources: single("AWS::ElastiCache::GlobalReplicationGroup"),
    emit(node, ctx) {
      const p = node.props;
      ctx.add(node, "AWS::ElastiCache::GlobalReplicationGroup", {
        GlobalReplicationGroupIdSuffix: p.idSuffix,
        GlobalReplicationGroupDescription: p.description,
        Members: [
          {
            ReplicationGroupId: ctx.value(p.primaryReplicationGroupId, node),
            ReplicationGroupRegion: { Ref: "AWS::Region" },
            Role: "PRIMARY",
          },
        ],
      });
    },
  };
