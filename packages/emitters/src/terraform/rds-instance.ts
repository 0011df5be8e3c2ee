import { DbInstance } from "./provider-bindings.js";
import { masterPasswordTerraform } from "../master-password.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbInstanceTerraform: TerraformMapping<"aws.rds.instance"> = {
  kind: "aws.rds.instance",
  type: DbInstance.tfResourceType,
  attrs: {
    id: "id",
    arn: "arn",
    // Host name only, as for Aurora clusters (Terraform's `endpoint` appends the port).
    endpoint: "address",
    address: "address",
    port: "port",
    identifier: "identifier",
    masterUserSecretArn: "master_user_secret[0].secret_arn",
    resourceId: "resource_id",
  },
  resources: single(DbInstance.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    // A replica inherits engine, credentials and storage from its source.
    const replica = p.replicateSourceDb !== undefined;
    ctx.create(node, DbInstance, {
      identifier: p.identifier,
      engine: replica ? undefined : p.engine,
      engineVersion: replica ? undefined : p.engineVersion,
      instanceClass: p.instanceClass,
      allocatedStorage: p.allocatedStorage,
      maxAllocatedStorage: p.maxAllocatedStorage,
      storageType: p.storageType,
      storageEncrypted: p.storageEncrypted,
      kmsKeyId: ctx.optional(p.kmsKeyId, node),
      multiAz: p.multiAz,
      publiclyAccessible: p.publiclyAccessible,
      deletionProtection: p.deletionProtection,
      backupRetentionPeriod: p.backupRetentionDays,
      dbSubnetGroupName: ctx.optional(p.dbSubnetGroupName, node),
      vpcSecurityGroupIds: ctx.values(p.vpcSecurityGroupIds, node),
      parameterGroupName: ctx.optional(p.parameterGroupName, node),
      manageMasterUserPassword: replica ? undefined : p.manageMasterUserPassword || undefined,
      username: replica ? undefined : p.masterUsername,
      password:
        replica || p.masterPasswordSecret === undefined
          ? undefined
          : masterPasswordTerraform(p.masterPasswordSecret),
      dbName: replica ? undefined : p.databaseName,
      iamDatabaseAuthenticationEnabled: p.iamDatabaseAuthentication,
      performanceInsightsEnabled: p.performanceInsights,
      monitoringInterval: p.monitoringIntervalSeconds,
      monitoringRoleArn: ctx.optional(p.monitoringRoleArn, node),
      autoMinorVersionUpgrade: p.autoMinorVersionUpgrade,
      copyTagsToSnapshot: p.copyTagsToSnapshot,
      enabledCloudwatchLogsExports: [...p.cloudwatchLogsExports],
      skipFinalSnapshot: p.skipFinalSnapshot,
      finalSnapshotIdentifier: p.finalSnapshotIdentifier,
      replicateSourceDb: ctx.optional(p.replicateSourceDb, node),
      tags: ctx.tags(node),
    });
  },
};
