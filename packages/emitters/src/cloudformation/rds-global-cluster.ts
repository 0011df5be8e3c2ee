import { single, type CloudFormationMapping } from "./mapping.js";

export const dbGlobalClusterCloudFormation: CloudFormationMapping<"aws.rds.global_cluster"> = {
  kind: "aws.rds.global_cluster",
  attrs: {
    id: "Ref",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:rds::\${AWS::AccountId}:global-cluster:\${${id}}`,
    }),
    identifier: "Ref",
  },
  resources: single("AWS::RDS::GlobalCluster"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::RDS::GlobalCluster", {
      GlobalClusterIdentifier: p.identifier,
      Engine: p.engine,
      EngineVersion: p.engineVersion,
      StorageEncrypted: p.storageEncrypted,
      DeletionProtection: p.deletionProtection,
    });
  },
};
