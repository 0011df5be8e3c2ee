import { availabilityZone } from "./availability-zone.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const dbClusterInstanceCloudFormation: CloudFormationMapping<"aws.rds.cluster_instance"> = {
  kind: "aws.rds.cluster_instance",
  attrs: { id: "Ref", arn: "DBInstanceArn", endpoint: "Endpoint.Address", identifier: "Ref" },
  resources: single("AWS::RDS::DBInstance"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(
      node,
      "AWS::RDS::DBInstance",
      {
        DBInstanceIdentifier: p.identifier,
        DBClusterIdentifier: ctx.value(p.clusterIdentifier, node),
        Engine: p.engine,
        DBInstanceClass: p.instanceClass,
        PubliclyAccessible: p.publiclyAccessible,
        EnablePerformanceInsights: p.performanceInsights,
        MonitoringInterval: p.monitoringIntervalSeconds,
        MonitoringRoleArn: ctx.optional(p.monitoringRoleArn, node),
        AutoMinorVersionUpgrade: p.autoMinorVersionUpgrade,
        PromotionTier: p.promotionTier,
        AvailabilityZone: availabilityZone(p.availabilityZone),
        Tags: ctx.tags(node),
      },
      // The data lives in the cluster (whose policy snapshots it); an instance of a
      // cluster takes no snapshot of its own, so Snapshot is not valid here.
      { retain: "Delete" },
    );
  },
};
