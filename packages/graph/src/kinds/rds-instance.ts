import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.rds.instance`: An RDS database instance (primary or read replica). */
export interface DbInstanceProps {
  readonly identifier: string;
  readonly engine: "postgres" | "mysql";
  readonly engineVersion: string;
  readonly instanceClass: string;
  /** GiB; absent for a replica, which inherits it. */
  readonly allocatedStorage?: number;
  readonly maxAllocatedStorage?: number;
  readonly storageType: "gp3" | "io2";
  readonly storageEncrypted: boolean;
  readonly kmsKeyId?: Ref;
  readonly multiAz: boolean;
  readonly publiclyAccessible: boolean;
  readonly deletionProtection: boolean;
  readonly backupRetentionDays: number;
  readonly dbSubnetGroupName?: Ref;
  readonly vpcSecurityGroupIds: readonly Ref[];
  readonly parameterGroupName?: Ref;
  /** Credentials generated and kept in Secrets Manager by RDS; no password anywhere. */
  readonly manageMasterUserPassword: boolean;
  readonly masterUsername?: string;
  /**
   * Where the master password comes from when RDS does not manage it: the
   * `password` key of this Secrets Manager secret (`aws.secretsmanager.secret`, attr `arn`).
   */
  readonly masterPasswordSecret?: Ref;
  /** The database created with the instance; absent on replicas and secondary clusters (they inherit it). */
  readonly databaseName?: string;
  readonly iamDatabaseAuthentication: boolean;
  readonly performanceInsights: boolean;
  readonly monitoringIntervalSeconds: 0 | 1 | 5 | 10 | 15 | 30 | 60;
  readonly monitoringRoleArn?: Ref;
  readonly autoMinorVersionUpgrade: boolean;
  readonly copyTagsToSnapshot: boolean;
  readonly cloudwatchLogsExports: readonly string[];
  readonly skipFinalSnapshot: boolean;
  readonly finalSnapshotIdentifier?: string;
  /** Source instance ARN when this is a read replica (in-region or cross-region). */
  readonly replicateSourceDb?: Ref;
}

export const dbInstanceKind = declareKind<DbInstanceProps>()({
  kind: "aws.rds.instance",
  group: "data",
  attrs: [
    "id",
    "arn",
    "endpoint",
    "address",
    "port",
    "identifier",
    "masterUserSecretArn",
    "resourceId",
  ],
  description: "An RDS database instance (primary or read replica).",
});
