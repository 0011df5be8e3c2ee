import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const cacheReplicationGroupCloudFormation: CloudFormationMapping<"aws.elasticache.replication_group"> =
  {
    kind: "aws.elasticache.replication_group",
    attrs: {
      id: "Ref",
      arn: arnOf("elasticache", "replicationgroup:"),
      primaryEndpoint: "PrimaryEndPoint.Address",
      readerEndpoint: "ReaderEndPoint.Address",
      port: "PrimaryEndPoint.Port",
    },
    resources: single("AWS::ElastiCache::ReplicationGroup"),
    emit(node, ctx) {
      const p = node.props;
      // A Global Datastore secondary inherits engine, version, node type and encryption from the
      // primary (CreateReplicationGroup with GlobalReplicationGroupId).
      const own =
        p.globalReplicationGroupId === undefined
          ? {
              Engine: p.engine,
              EngineVersion: p.engineVersion,
              CacheNodeType: p.nodeType,
              AtRestEncryptionEnabled: p.atRestEncryption,
              TransitEncryptionEnabled: p.transitEncryption,
            }
          : { GlobalReplicationGroupId: ctx.value(p.globalReplicationGroupId, node) };
      ctx.add(
        node,
        "AWS::ElastiCache::ReplicationGroup",
        {
          ReplicationGroupId: p.replicationGroupId,
          ReplicationGroupDescription: p.description,
          ...own,
          NumCacheClusters: p.numCacheClusters,
          AutomaticFailoverEnabled: p.automaticFailover,
          MultiAZEnabled: p.multiAz,
          KmsKeyId: ctx.optional(p.kmsKeyId, node),
          Port: p.port,
          CacheSubnetGroupName: ctx.value(p.subnetGroupName, node),
          SecurityGroupIds: ctx.values(p.securityGroupIds, node),
          SnapshotRetentionLimit: p.snapshotRetentionDays,
          AutoMinorVersionUpgrade: p.autoMinorVersionUpgrade,
          Tags: ctx.tags(node),
        },
        { retain: p.snapshotRetentionDays > 0 ? "Snapshot" : "Delete" },
      );
    },
  };
