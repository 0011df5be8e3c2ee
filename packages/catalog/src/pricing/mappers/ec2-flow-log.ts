import type { PriceMapper } from "../mapper-types.js";
import { logStorageGb } from "./logs-log-group.js";

/** Flow-log records delivered to CloudWatch Logs (vended logs) and kept for the group's retention. */
export const flowLogMapper: PriceMapper<"aws.ec2.flow_log"> = {
  kind: "aws.ec2.flow_log",
  components(node, context) {
    const share = context.assume({
      key: "flowLogs.gbPerGbServed",
      value: 0.005,
      unit: "GB per GB served",
      description:
        "Flow-log volume relative to the data served to the internet (at least 1 GB/month; a standby VPC in the DR region logs the minimum)",
    });
    const served = node.region === "primary" ? context.usage.dataTransferOutGbPerMonth : 0;
    const ingestedGb = Math.max(1, served * share);
    const group = context.node(node.props.logGroupArn.ref);
    const retentionDays = group?.kind === "aws.logs.log_group" ? group.props.retentionInDays : 30;
    return [
      {
        component: "Flow logs ingested (vended)",
        product: "cloudwatch-logs-ingestion-gb",
        quantity: ingestedGb,
      },
      {
        component: `Flow logs stored (${retentionDays} days)`,
        product: "cloudwatch-logs-storage-gb-months",
        quantity: logStorageGb(context, ingestedGb, retentionDays),
      },
    ];
  },
};
