import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.cloudwatch.metric_alarm`: A CloudWatch metric alarm. */
export interface MetricAlarmProps {
  readonly name: string;
  readonly description: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string | Ref | Join>>;
  readonly statistic: "Average" | "Sum" | "Maximum" | "Minimum" | "SampleCount";
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly threshold: number;
  readonly comparisonOperator:
    | "GreaterThanThreshold"
    | "GreaterThanOrEqualToThreshold"
    | "LessThanThreshold"
    | "LessThanOrEqualToThreshold";
  readonly treatMissingData: "missing" | "notBreaching" | "breaching" | "ignore";
  /**
   * Metric math: the alarm watches `expression` over `metrics` (each with its
   * own id, used in the expression) instead of the single metric above, which
   * then only names what is shown (e.g. 5xx as a percentage of requests):
   * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create-alarm-on-metric-math-expression.html
   */
  readonly math?: {
    readonly expression: string;
    readonly label: string;
    readonly metrics: readonly {
      readonly id: string;
      readonly namespace: string;
      readonly metricName: string;
      readonly dimensions: Readonly<Record<string, string | Ref | Join>>;
      readonly statistic: "Average" | "Sum" | "Maximum" | "Minimum" | "SampleCount";
    }[];
  };
  readonly alarmActions: readonly Ref[];
}

export const metricAlarmKind = declareKind<MetricAlarmProps>()({
  kind: "aws.cloudwatch.metric_alarm",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "A CloudWatch metric alarm.",
});
