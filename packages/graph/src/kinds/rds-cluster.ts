import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.rds.cluster`: An Aurora cluster. */
export interface DbClusterProps {
  readonly identifier: string;
  readonly engine: "aurora-postgresql" | "aurora-mysql";
  readonly engineVersion: string;
  readonly storageEncrypted: boolean;
  readonly kmsKeyId?: Ref;
  readonly deletionProtection: boolean;
  readonly backupRetentionDays: number;
  readonly dbSubnetGroupName: Ref;
  readonly vpcSecurityGroupIds: readonly Ref[];
  readonly clusterParameterGroupName?: Ref;
  readonly manageMasterUserPassword: boolean;
  readonly masterUsername?: string;
  /**
   * Where the master password comes from when RDS does not manage it: the
   * `password` key of this Secrets Manager secret (`aws.secretsmanager.secret`, attr `arn`).
   */
  readonly masterPasswordSecret?: Ref;
  /** The database created with the cluster; absent on replicas and secondary clusters (they inherit it). */
  readonly databaseName?: string;
  readonly iamDatabaseAuthentication: boolean;
  readonly copyTagsToSnapshot: boolean;
  readonly cloudwatchLogsExports: readonly string[];
  readonly skipFinalSnapshot: boolean;
  readonly finalSnapshotIdentifier?: string;
  /** Global database membership, for a warm standby in the DR region. */
  readonly globalClusterIdentifier?: Ref;
  /**
   * A secondary cluster of a global database forwards write statements to the
   * writer's region (Aurora global write forwarding), for a region that serves traffic.
   */
  readonly enableGlobalWriteForwarding?: boolean;
}

export const dbClusterKind = declareKind<DbClusterProps>()({
  kind: "aws.rds.cluster",
  group: "data",
  attrs: [
    "id",
    "arn",
    "endpoint",
    "readerEndpoint",
    "port",
    "identifier",
    "masterUserSecretArn",
    "resourceId",
  ],
  description: "An Aurora cluster.",
});
