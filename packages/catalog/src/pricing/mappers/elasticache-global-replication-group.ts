import type { PriceMapper } from "../mapper-types.js";
import { dataSizeGb } from "./shared.js";

/**
 * A Global Datastore costs nothing of its own beyond its members' nodes (priced on each
 * replication group), but the primary's writes cross to every secondary region as inter-region
 * data transfer: https://aws.amazon.com/elasticache/pricing/ ("Global Datastore").
 */
export const cacheGlobalReplicationGroupMapper: PriceMapper<"aws.elasticache.global_replication_group"> =
  {
    kind: "aws.elasticache.global_replication_group",
    components(node, context) {
      const secondaries = context.graph.nodes.filter(
        (other) =>
          other.kind === "aws.elasticache.replication_group" &&
          (other.props as { globalReplicationGroupId?: { ref: string } }).globalReplicationGroupId
            ?.ref === node.id,
      ).length;
      const gb = dataSizeGb(context, node.tier, 1, "cache");
      const rewrites = context.assume({
        key: "elasticache.globalDatastore.dailyRewriteShare",
        value: 1,
        unit: "share/day",
        description:
          "Share of a cache's data written again each day (expiring keys refilled), replicated to every secondary region",
      });
      return [
        {
          component: `Replicated writes to ${secondaries} secondary region${secondaries === 1 ? "" : "s"} (inter-region transfer)`,
          product: "data-transfer-inter-region-gb",
          quantity: gb * rewrites * 30 * secondaries,
        },
      ];
    },
  };
