import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.elasticache.global_replication_group`: an ElastiCache Global Datastore. The primary
 * replication group accepts writes and replicates them to the secondary replication groups
 * (up to two other regions) that join it by id:
 * https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastore.html
 */
export interface CacheGlobalReplicationGroupProps {
  /** ElastiCache puts a region-specific prefix in front of it to form the Global Datastore's id. */
  readonly idSuffix: string;
  readonly description: string;
  /** The primary replication group (the writer); it must exist first. */
  readonly primaryReplicationGroupId: Ref;
}

export const cacheGlobalReplicationGroupKind = declareKind<CacheGlobalReplicationGroupProps>()({
  kind: "aws.elasticache.global_replication_group",
  group: "data",
  attrs: ["id", "arn"],
  description:
    "An ElastiCache Global Datastore: a primary replication group replicated to secondary regions.",
});
