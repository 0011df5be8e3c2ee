import type { CostComponent, PriceMapper } from "../mapper-types.js";
import { dailyChangeShare, dataSizeGb, HOURS_PER_MONTH } from "./shared.js";

/**
 * Instance hours by class, engine and deployment; storage (Multi-AZ stores
 * twice); backup storage beyond the free allowance (which equals the
 * provisioned storage); cross-region replication traffic for DR replicas.
 */
export const dbInstanceMapper: PriceMapper<"aws.rds.instance"> = {
  kind: "aws.rds.instance",
  components(node, context) {
    const deployment = node.props.multiAz ? "Multi-AZ" : "Single-AZ";
    const source = node.props.replicateSourceDb
      ? context.node(node.props.replicateSourceDb.ref)
      : undefined;
    const storageGb =
      node.props.allocatedStorage ??
      (source?.kind === "aws.rds.instance" ? source.props.allocatedStorage : undefined) ??
      dataSizeGb(context, node.tier, 20, "database");
    const components: CostComponent[] = [
      {
        component: `RDS ${node.props.engine} ${node.props.instanceClass} (${deployment})`,
        product: "rds-instance-hours",
        attributes: {
          engine: node.props.engine,
          instanceClass: node.props.instanceClass,
          deployment,
        },
        quantity: HOURS_PER_MONTH,
        baselineShare: 1,
        commitment: "rds-reserved-instance",
      },
      {
        component: `RDS ${node.props.storageType} storage (${storageGb} GB, ${deployment})`,
        product: "rds-storage-gb-months",
        attributes: { storageType: node.props.storageType, deployment },
        quantity: storageGb,
      },
    ];
    if (node.props.storageType === "io2") {
      const iops = context.assume({
        key: "rds.io2ProvisionedIops",
        value: 3000,
        unit: "IOPS",
        description: "Provisioned IOPS of an io2 database volume",
      });
      components.push({
        component: `RDS io2 provisioned IOPS (${deployment})`,
        product: "rds-piops-months",
        attributes: { storageType: "io2", deployment },
        quantity: iops,
      });
    }
    if (!source && node.props.backupRetentionDays > 0) {
      components.push({
        component: `Automated backups beyond the free allowance (${node.props.backupRetentionDays} days)`,
        product: "rds-backup-storage-gb-months",
        quantity: storageGb * dailyChangeShare(context) * node.props.backupRetentionDays,
      });
    }
    if (source && source.region !== node.region) {
      components.push({
        component: "Cross-region replication traffic",
        product: "data-transfer-inter-region-gb",
        quantity: storageGb * dailyChangeShare(context) * 30,
        region: context.regionOf(source),
      });
    }
    return components;
  },
};
