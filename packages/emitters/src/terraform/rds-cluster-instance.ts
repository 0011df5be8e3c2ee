import { RdsClusterInstance } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dbClusterInstanceTerraform: TerraformMapping<"aws.rds.cluster_instance"> = {
  kind: "aws.rds.cluster_instance",
  type: RdsClusterInstance.tfResourceType,
  attrs: { id: "id", arn: "arn", endpoint: "endpoint", identifier: "identifier" },
  resources: single(RdsClusterInstance.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, RdsClusterInstance, {
      identifier: p.identifier,
      clusterIdentifier: ctx.value(p.clusterIdentifier, node),
      engine: p.engine,
      instanceClass: p.instanceClass,
      publiclyAccessible: p.publiclyAccessible,
      performanceInsightsEnabled: p.performanceInsights,
      monitoringInterval: p.monitoringIntervalSeconds,
      monitoringRoleArn: ctx.optional(p.monitoringRoleArn, node),
      autoMinorVersionUpgrade: p.autoMinorVersionUpgrade,
      promotionTier: p.promotionTier,
      availabilityZone: p.availabilityZone,
      tags: ctx.tags(node),
    });
  },
};
