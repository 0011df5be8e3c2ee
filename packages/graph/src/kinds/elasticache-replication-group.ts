import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.elasticache.replication_group`: A Redis or Valkey replication group. */
export interface CacheReplicationGroupProps {
  readonly replicationGroupId: string;
  readonly description: string;
  readonly engine: "redis" | "valkey";
  readonly engineVersion: string;
  readonly nodeType: string;
  readonly numCacheClusters: number;
  readonly automaticFailover: boolean;
  readonly multiAz: boolean;
  readonly atRestEncryption: boolean;
  readonly transitEncryption: boolean;
  readonly kmsKeyId?: Ref;
  readonly port: number;
  readonly subnetGroupName: Ref;
  readonly securityGroupIds: readonly Ref[];
  readonly snapshotRetentionDays: number;
  readonly autoMinorVersionUpgrade: boolean;
  /**
   * A secondary of this Global Datastore: it inherits engine, version, node type and
   * encryption settings from the primary (emitters leave them out; the props keep them for
   * pricing and policy), and takes its own region's KMS key.
   */
  readonly globalReplicationGroupId?: Ref;
}

export const cacheReplicationGroupKind = declareKind<CacheReplicationGroupProps>()({
  kind: "aws.elasticache.replication_group",
  group: "data",
  attrs: ["id", "arn", "primaryEndpoint", "readerEndpoint", "port"],
  description: "A Redis or Valkey replication group.",
});
