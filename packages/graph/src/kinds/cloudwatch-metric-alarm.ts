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
  readonly alarmActions: readonly Ref[];
}

export const metricAlarmKind = declareKind<MetricAlarmProps>()({
  kind: "aws.cloudwatch.metric_alarm",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "A CloudWatch metric alarm.",
});
