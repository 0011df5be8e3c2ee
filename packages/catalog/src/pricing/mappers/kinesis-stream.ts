import type { CostComponent, PriceMapper } from "../mapper-types.js";
import { HOURS_PER_MONTH, requestsOf } from "./shared.js";

/** On-demand: stream hours and GB in/out; provisioned: shard hours and PUT payload units. */
export const kinesisStreamMapper: PriceMapper<"aws.kinesis.stream"> = {
  kind: "aws.kinesis.stream",
  components(node, context) {
    const records = requestsOf(context, node);
    const recordKb = context.assume({
      key: "kinesis.recordKb",
      value: 1,
      unit: "KB/record",
      description:
        "Average record size (billed in 1 KB units on-demand, 25 KB PUT payload units provisioned)",
    });
    const ingestedGb = (records * Math.ceil(recordKb)) / 1e6;
    const extraHours = Math.max(0, node.props.retentionHours - 24);
    if (node.props.mode === "ON_DEMAND") {
      const components: CostComponent[] = [
        {
          component: "On-demand stream hours",
          product: "kinesis-ondemand-stream-hours",
          quantity: HOURS_PER_MONTH,
        },
        { component: "Data ingested", product: "kinesis-ondemand-ingest-gb", quantity: ingestedGb },
        {
          component: "Data retrieved (one consumer)",
          product: "kinesis-ondemand-retrieval-gb",
          quantity: ingestedGb,
        },
      ];
      if (extraHours > 0)
        components.push({
          component: `Extended retention (${node.props.retentionHours} h)`,
          product: "kinesis-ondemand-extended-retention-gb-months",
          quantity: (ingestedGb * extraHours) / HOURS_PER_MONTH,
        });
      return components;
    }
    const shards = node.props.shardCount ?? 1;
    const components: CostComponent[] = [
      {
        component: `Shard hours (${shards} shards)`,
        product: "kinesis-shard-hours",
        quantity: shards * HOURS_PER_MONTH,
      },
      {
        component: "PUT payload units",
        product: "kinesis-put-payload-units",
        quantity: records * Math.max(1, Math.ceil(recordKb / 25)),
      },
    ];
    if (extraHours > 0)
      components.push({
        component: `Extended retention (${node.props.retentionHours} h)`,
        product: "kinesis-extended-retention-shard-hours",
        quantity: shards * HOURS_PER_MONTH,
      });
    return components;
  },
};
