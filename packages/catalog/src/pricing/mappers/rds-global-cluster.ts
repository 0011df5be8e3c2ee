import type { PriceMapper } from "../mapper-types.js";
import { requestsOf, writeShare } from "./shared.js";

/** An Aurora global database bills each write replicated to the secondary region. */
export const dbGlobalClusterMapper: PriceMapper<"aws.rds.global_cluster"> = {
  kind: "aws.rds.global_cluster",
  components(node, context) {
    const writes = requestsOf(context, node) * writeShare(context);
    return [
      {
        component: "Replicated write I/Os to the secondary region",
        product: "aurora-global-replicated-write-io",
        quantity: writes,
      },
    ];
  },
};
