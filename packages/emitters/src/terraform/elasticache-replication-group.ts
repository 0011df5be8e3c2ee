import { ElasticacheReplicationGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const cacheReplicationGroupTerraform: TerraformMapping<"aws.elasticache.replication_group"> =
  {
    kind: "aws.elasticache.replication_group",
    type: ElasticacheReplicationGroup.tfResourceType,
    attrs: {
      id: "id",
      arn: "arn",
      primaryEndpoint: "primary_endpoint_address",
      readerEndpoint: "reader_endpoint_address",
      port: "port",
    },
    resources: single(ElasticacheReplicationGroup.tfResourceType),
    emit(node, ctx) {
      const p = node.props;
      // A Global Datastore secondary inherits these from the primary; the provider refuses them
      // beside global_replication_group_id (ConflictsWith).
      const own =
        p.globalReplicationGroupId === undefined
          ? {
              engine: p.engine,
              engineVersion: p.engineVersion,
              nodeType: p.nodeType,
              atRestEncryptionEnabled: String(p.atRestEncryption),
              transitEncryptionEnabled: p.transitEncryption,
            }
          : { globalReplicationGroupId: ctx.value(p.globalReplicationGroupId, node) };
      ctx.create(node, ElasticacheReplicationGroup, {
        replicationGroupId: p.replicationGroupId,
        description: p.description,
        ...own,
        numCacheClusters: p.numCacheClusters,
        automaticFailoverEnabled: p.automaticFailover,
        multiAzEnabled: p.multiAz,
        kmsKeyId: ctx.optional(p.kmsKeyId, node),
        port: p.port,
        subnetGroupName: ctx.value(p.subnetGroupName, node),
        securityGroupIds: ctx.values(p.securityGroupIds, node),
        snapshotRetentionLimit: p.snapshotRetentionDays,
        autoMinorVersionUpgrade: String(p.autoMinorVersionUpgrade),
        tags: ctx.tags(node),
      });
    },
  };
