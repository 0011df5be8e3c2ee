import { RdsCluster } from "./provider-bindings.js";
import { masterPasswordTerraform } from "../master-password.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbClusterTerraform: TerraformMapping<"aws.rds.cluster"> = {
  kind: "aws.rds.cluster",
  type: RdsCluster.tfResourceType,
  attrs: {
    id: "id",
    arn: "arn",
    endpoint: "endpoint",
    readerEndpoint: "reader_endpoint",
    port: "port",
    identifier: "cluster_identifier",
    masterUserSecretArn: "master_user_secret[0].secret_arn",
    resourceId: "cluster_resource_id",
  },
  resources: single(RdsCluster.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, RdsCluster, {
      clusterIdentifier: p.identifier,
      engine: p.engine,
      engineVersion: p.engineVersion,
      storageEncrypted: p.storageEncrypted,
      kmsKeyId: ctx.optional(p.kmsKeyId, node),
      deletionProtection: p.deletionProtection,
      backupRetentionPeriod: p.backupRetentionDays,
      dbSubnetGroupName: ctx.value(p.dbSubnetGroupName, node),
      vpcSecurityGroupIds: ctx.values(p.vpcSecurityGroupIds, node),
      dbClusterParameterGroupName: ctx.optional(p.clusterParameterGroupName, node),
      manageMasterUserPassword: p.manageMasterUserPassword || undefined,
      masterUsername: p.masterUsername,
      masterPassword:
        p.masterPasswordSecret === undefined
          ? undefined
          : masterPasswordTerraform(p.masterPasswordSecret),
      databaseName: p.databaseName,
      iamDatabaseAuthenticationEnabled: p.iamDatabaseAuthentication,
      copyTagsToSnapshot: p.copyTagsToSnapshot,
      enabledCloudwatchLogsExports: [...p.cloudwatchLogsExports],
      skipFinalSnapshot: p.skipFinalSnapshot,
      finalSnapshotIdentifier: p.finalSnapshotIdentifier,
      globalClusterIdentifier: ctx.optional(p.globalClusterIdentifier, node),
      enableGlobalWriteForwarding: p.enableGlobalWriteForwarding,
      tags: ctx.tags(node),
    });
  },
};
