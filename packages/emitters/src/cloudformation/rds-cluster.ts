import { masterPasswordCloudFormation } from "../master-password.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const dbClusterCloudFormation: CloudFormationMapping<"aws.rds.cluster"> = {
  kind: "aws.rds.cluster",
  attrs: {
    id: "Ref",
    arn: "DBClusterArn",
    endpoint: "Endpoint.Address",
    readerEndpoint: "ReadEndpoint.Address",
    port: "Endpoint.Port",
    identifier: "Ref",
    masterUserSecretArn: "MasterUserSecret.SecretArn",
    resourceId: "DBClusterResourceId",
  },
  resources: single("AWS::RDS::DBCluster"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(
      node,
      "AWS::RDS::DBCluster",
      {
        DBClusterIdentifier: p.identifier,
        Engine: p.engine,
        EngineVersion: p.engineVersion,
        StorageEncrypted: p.storageEncrypted,
        KmsKeyId: ctx.optional(p.kmsKeyId, node),
        DeletionProtection: p.deletionProtection,
        BackupRetentionPeriod: p.backupRetentionDays,
        DBSubnetGroupName: ctx.value(p.dbSubnetGroupName, node),
        VpcSecurityGroupIds: ctx.values(p.vpcSecurityGroupIds, node),
        DBClusterParameterGroupName: ctx.optional(p.clusterParameterGroupName, node),
        ManageMasterUserPassword: p.manageMasterUserPassword || undefined,
        MasterUsername: p.masterUsername,
        MasterUserPassword:
          p.masterPasswordSecret === undefined
            ? undefined
            : masterPasswordCloudFormation(ctx.value(p.masterPasswordSecret, node)),
        DatabaseName: p.databaseName,
        EnableIAMDatabaseAuthentication: p.iamDatabaseAuthentication,
        CopyTagsToSnapshot: p.copyTagsToSnapshot,
        EnableCloudwatchLogsExports: [...p.cloudwatchLogsExports],
        GlobalClusterIdentifier: ctx.optional(p.globalClusterIdentifier, node),
        EnableGlobalWriteForwarding: p.enableGlobalWriteForwarding,
        Tags: ctx.tags(node),
      },
      { retain: p.skipFinalSnapshot ? "Delete" : "Snapshot" },
    );
  },
};
