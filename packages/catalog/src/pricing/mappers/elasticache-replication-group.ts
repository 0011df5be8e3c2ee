import type { PriceMapper } from "../mapper-types.js";
import { HOURS_PER_MONTH } from "./shared.js";

/** Node hours for every node of the replication group (primary and replicas). */
export const cacheReplicationGroupMapper: PriceMapper<"aws.elasticache.replication_group"> = {
  kind: "aws.elasticache.replication_group",
  components(node) {
    const { engine, nodeType, numCacheClusters } = node.props;
    return [
      {
        component: `ElastiCache ${engine} ${nodeType} x ${numCacheClusters} nodes`,
        product: "elasticache-node-hours",
        attributes: { engine, nodeType },
        quantity: numCacheClusters * HOURS_PER_MONTH,
        baselineShare: 1,
        commitment: "elasticache-reserved-node",
      },
    ];
  },
};
