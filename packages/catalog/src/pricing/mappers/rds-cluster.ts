import type { PriceMapper } from "../mapper-types.js";
import { dailyChangeShare, dataSizeGb, requestsOf } from "./shared.js";

/** Aurora cluster volume: storage, I/O requests (Aurora Standard) and backups beyond the free allowance. */
export const dbClusterMapper: PriceMapper<"aws.rds.cluster"> = {
  kind: "aws.rds.cluster",
  components(node, context) {
    const storageGb = dataSizeGb(context, node.tier, 10, "database");
    const ioPerRequest = context.assume({
      key: "aurora.ioPerRequest",
      value: 0.2,
      unit: "I/Os per request",
      description:
        "Aurora storage I/Os per request reaching the database (writes; most reads hit the buffer cache)",
    });
    const isPrimary = node.region === "primary";
    return [
      {
        component: `Aurora storage (${storageGb} GB)`,
        product: "aurora-storage-gb-months",
        quantity: storageGb,
      },
      {
        component: "Aurora I/O requests",
        product: "aurora-io-requests",
        quantity: isPrimary ? requestsOf(context, node) * ioPerRequest : 0,
      },
      {
        component: `Backups beyond the free allowance (${node.props.backupRetentionDays} days)`,
        product: "aurora-backup-storage-gb-months",
        quantity: isPrimary
          ? storageGb * dailyChangeShare(context) * node.props.backupRetentionDays
          : 0,
      },
    ];
  },
};
