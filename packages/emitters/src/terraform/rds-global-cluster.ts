import { RdsGlobalCluster } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbGlobalClusterTerraform: TerraformMapping<"aws.rds.global_cluster"> = {
  kind: "aws.rds.global_cluster",
  type: RdsGlobalCluster.tfResourceType,
  attrs: { id: "id", arn: "arn", identifier: "global_cluster_identifier" },
  resources: single(RdsGlobalCluster.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, RdsGlobalCluster, {
      globalClusterIdentifier: p.identifier,
      engine: p.engine,
      engineVersion: p.engineVersion,
      storageEncrypted: p.storageEncrypted,
      deletionProtection: p.deletionProtection,
    });
  },
};
