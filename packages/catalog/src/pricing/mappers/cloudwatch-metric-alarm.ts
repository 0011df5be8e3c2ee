import type { PriceMapper } from "../mapper-types.js";

/**
 * Standard-resolution alarms (period of a minute or more) or high-resolution
 * ones; a metric-math alarm is billed per metric it reads
 * (https://aws.amazon.com/cloudwatch/pricing/: "per alarm metric").
 */
export const metricAlarmMapper: PriceMapper<"aws.cloudwatch.metric_alarm"> = {
  kind: "aws.cloudwatch.metric_alarm",
  components(node) {
    const resolution = node.props.periodSeconds < 60 ? "high" : "standard";
    const metrics = node.props.math?.metrics.length ?? 1;
    return [
      {
        component: `Alarm (${resolution} resolution${metrics > 1 ? `, ${metrics} metrics` : ""})`,
        product: "cloudwatch-alarm-months",
        attributes: { resolution },
        quantity: metrics,
      },
    ];
  },
};
