import type { CostComponent, PriceMapper } from "../mapper-types.js";
import { dataSizeGb, HOURS_PER_MONTH, requestsOf, writeShare } from "./shared.js";

/** Request units (on-demand) or capacity hours (provisioned), storage, PITR and global-table replicas. */
export const dynamoTableMapper: PriceMapper<"aws.dynamodb.table"> = {
  kind: "aws.dynamodb.table",
  components(node, context) {
    const storageGb = dataSizeGb(context, node.tier, 1, "table");
    const requests = requestsOf(context, node);
    const writes = requests * writeShare(context);
    const components: CostComponent[] = [];
    if (node.props.billingMode === "PAY_PER_REQUEST") {
      components.push(
        {
          component: "Write request units",
          product: "dynamodb-write-request-units",
          quantity: writes,
        },
        {
          component: "Read request units",
          product: "dynamodb-read-request-units",
          quantity: requests - writes,
        },
      );
    } else {
      components.push(
        {
          component: `Provisioned write capacity (${node.props.writeCapacity ?? 0} WCU)`,
          product: "dynamodb-wcu-hours",
          quantity: (node.props.writeCapacity ?? 0) * HOURS_PER_MONTH,
        },
        {
          component: `Provisioned read capacity (${node.props.readCapacity ?? 0} RCU)`,
          product: "dynamodb-rcu-hours",
          quantity: (node.props.readCapacity ?? 0) * HOURS_PER_MONTH,
        },
      );
    }
    components.push({
      component: `Table storage (${storageGb} GB)`,
      product: "dynamodb-storage-gb-months",
      quantity: storageGb,
    });
    if (node.props.pointInTimeRecovery)
      components.push({
        component: "Point-in-time recovery",
        product: "dynamodb-pitr-gb-months",
        quantity: storageGb,
      });
    for (const region of node.props.replicaRegions) {
      components.push(
        {
          component: `Replicated writes to ${region}`,
          product: "dynamodb-replicated-write-request-units",
          quantity: writes,
          region,
        },
        {
          component: `Replica storage in ${region}`,
          product: "dynamodb-storage-gb-months",
          quantity: storageGb,
          region,
        },
      );
    }
    return components;
  },
};
