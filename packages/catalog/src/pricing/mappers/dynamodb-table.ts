import type { CostComponent, PriceMapper } from "../mapper-types.js";
import { dataSizeGb, HOURS_PER_MONTH, requestsOf, writeShare } from "./shared.js";

/**
 * Request units (on-demand) or capacity hours (provisioned), storage, PITR and
 * global-table replicas: replicated writes and storage in each replica's region,
 * the replication traffic as inter-region transfer out of the table's region.
 */
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
    const itemKb =
      node.props.replicaRegions.length === 0
        ? 0
        : context.assume({
            key: "dynamodb.averageItemKb",
            value: 1,
            unit: "KB",
            description:
              "Average size of an item written to a global table (what each replicated write carries to every replica)",
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
          // Global tables bill the replication traffic as data transfer out of the source region.
          component: `Replication transfer to ${region}`,
          product: "data-transfer-inter-region-gb",
          quantity: (writes * itemKb) / 1_000_000,
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
