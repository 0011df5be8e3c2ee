import { ElasticacheGlobalReplicationGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

/**
 * The Global Datastore takes engine, version and node type from its primary replication group;
 * secondaries join it by `global_replication_group_id` (the full id, region prefix included).
 */
export const cacheGlobalReplicationGroupTerraform: TerraformMapping<"aws.elasticache.global_replication_group"> =
  {
    kind: "aws.elasticache.global_replication_group",
    type: ElasticacheGlobalReplicationGroup.tfResourceType,
    attrs: { id: "global_replication_group_id", arn: "arn" },
    resources: single(ElasticacheGlobalReplicationGroup.tfResourceType),
    emit(node, ctx) {
      const p = node.props;
      ctx.create(node, ElasticacheGlobalReplicationGroup, {
        globalReplicationGroupIdSuffix: p.idSuffix,
        globalReplicationGroupDescription: p.description,
        primaryReplicationGroupId: ctx.value(p.primaryReplicationGroupId, node),
      });
    },
  };
