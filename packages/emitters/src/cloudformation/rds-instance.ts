import { masterPasswordCloudFormation } from "../master-password.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const dbInstanceCloudFormation: CloudFormationMapping<"aws.rds.instance"> = {
  kind: "aws.rds.instance",
  attrs: {
    id: "Ref",
    arn: "DBInstanceArn",
    endpoint: "Endpoint.Address",
    address: "Endpoint.Address",
    port: "Endpoint.Port",
    identifier: "Ref",
    masterUserSecretArn: "MasterUserSecret.SecretArn",
    resourceId: "DbiResourceId",
  },
  resources: single("AWS::RDS::DBInstance"),
  emit(node, ctx) {
    const p = node.props;
    const replica = p.replicateSourceDb !== undefined;
    ctx.add(
      node,
      "AWS::RDS::DBInstance",
      {
        DBInstanceIdentifier: p.identifier,
        Engine: replica ? undefined : p.engine,
        EngineVersion: replica ? undefined : p.engineVersion,
        DBInstanceClass: p.instanceClass,
        AllocatedStorage: p.allocatedStorage === undefined ? undefined : String(p.allocatedStorage),
        MaxAllocatedStorage: p.maxAllocatedStorage,
        StorageType: p.storageType,
        StorageEncrypted: replica ? undefined : p.storageEncrypted,
        KmsKeyId: ctx.optional(p.kmsKeyId, node),
        MultiAZ: p.multiAz,
        PubliclyAccessible: p.publiclyAccessible,
        DeletionProtection: p.deletionProtection,
        BackupRetentionPeriod: p.backupRetentionDays,
        DBSubnetGroupName: ctx.optional(p.dbSubnetGroupName, node),
        VPCSecurityGroups: ctx.values(p.vpcSecurityGroupIds, node),
        DBParameterGroupName: ctx.optional(p.parameterGroupName, node),
        ManageMasterUserPassword: replica ? undefined : p.manageMasterUserPassword || undefined,
        MasterUsername: replica ? undefined : p.masterUsername,
        MasterUserPassword:
          replica || p.masterPasswordSecret === undefined
            ? undefined
            : masterPasswordCloudFormation(ctx.value(p.masterPasswordSecret, node)),
        DBName: replica ? undefined : p.databaseName,
        EnableIAMDatabaseAuthentication: p.iamDatabaseAuthentication,
        EnablePerformanceInsights: p.performanceInsights,
        MonitoringInterval: p.monitoringIntervalSeconds,
        MonitoringRoleArn: ctx.optional(p.monitoringRoleArn, node),
        AutoMinorVersionUpgrade: p.autoMinorVersionUpgrade,
        CopyTagsToSnapshot: p.copyTagsToSnapshot,
        EnableCloudwatchLogsExports: [...p.cloudwatchLogsExports],
        SourceDBInstanceIdentifier: ctx.optional(p.replicateSourceDb, node),
        Tags: ctx.tags(node),
      },
      // CloudFormation has no final-snapshot name; the Snapshot policy takes one on delete.
      { retain: p.skipFinalSnapshot ? "Delete" : "Snapshot" },
    );
  },
};
