import type { CostComponent, PriceMapper } from "../mapper-types.js";
import { dailyChangeShare, dataSizeGb, requestsOf, writeShare } from "./shared.js";

/**
 * An Aurora global database bills, for each secondary region, every write I/O
 * replicated to it, and the replication traffic as inter-region data transfer
 * out of the primary's region (the volume: the data that changes each month).
 * Both are priced in the primary's region; the secondaries are the clusters
 * that join the global database outside the primary region.
 */
export const dbGlobalClusterMapper: PriceMapper<"aws.rds.global_cluster"> = {
  kind: "aws.rds.global_cluster",
  components(node, context) {
    const writes = requestsOf(context, node) * writeShare(context);
    const secondaries = context.graph.nodes.filter(
      (other) =>
        other.kind === "aws.rds.cluster" &&
        other.region !== "primary" &&
        (other.props as { globalClusterIdentifier?: { ref: string } }).globalClusterIdentifier
          ?.ref === node.id,
    );
    const changedGb =
      dataSizeGb(context, node.tier, 10, "database") * dailyChangeShare(context) * 30;
    return secondaries.flatMap((secondary): CostComponent[] => {
      const region = context.regionOf(secondary);
      return [
        {
          component: `Replicated write I/Os to ${region}`,
          product: "aurora-global-replicated-write-io",
          quantity: writes,
        },
        {
          component: `Replication transfer to ${region}`,
          product: "data-transfer-inter-region-gb",
          quantity: changedGb,
        },
      ];
    });
  },
};
