import type { PriceMapper } from "../mapper-types.js";

/** Standard-resolution alarms (period of a minute or more) or high-resolution ones. */
export const metricAlarmMapper: PriceMapper<"aws.cloudwatch.metric_alarm"> = {
  kind: "aws.cloudwatch.metric_alarm",
  components(node) {
    const resolution = node.props.periodSeconds < 60 ? "high" : "standard";
    return [
      {
        component: `Alarm (${resolution} resolution)`,
        product: "cloudwatch-alarm-months",
        attributes: { resolution },
        quantity: 1,
      },
    ];
  },
};
