import { single, type CloudFormationMapping } from "./mapping.js";

export const metricAlarmCloudFormation: CloudFormationMapping<"aws.cloudwatch.metric_alarm"> = {
  kind: "aws.cloudwatch.metric_alarm",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: single("AWS::CloudWatch::Alarm"),
  emit(node, ctx) {
    const p = node.props;
    const actions = ctx.values(p.alarmActions, node);
    const dimensions = (d: (typeof p)["dimensions"]) =>
      Object.keys(d)
        .sort()
        .map((Name) => ({ Name, Value: ctx.value(d[Name]!, node) }));
    // With metric math the alarm has queries instead of a metric of its own.
    const single = p.math === undefined;
    ctx.add(node, "AWS::CloudWatch::Alarm", {
      AlarmName: p.name,
      AlarmDescription: p.description,
      Namespace: single ? p.namespace : undefined,
      MetricName: single ? p.metricName : undefined,
      // A dimension from a stack deployed later (the replica bucket of an S3 replication alarm)
      // is empty on the first deploy: the alarm watches the metric from the second deploy on.
      Dimensions: single ? ctx.guard(() => dimensions(p.dimensions)) : undefined,
      Statistic: single ? p.statistic : undefined,
      Period: single ? p.periodSeconds : undefined,
      Metrics:
        p.math === undefined
          ? undefined
          : [
              { Id: "e1", Expression: p.math.expression, Label: p.math.label, ReturnData: true },
              ...p.math.metrics.map((metric) => ({
                Id: metric.id,
                ReturnData: false,
                MetricStat: {
                  Metric: {
                    Namespace: metric.namespace,
                    MetricName: metric.metricName,
                    Dimensions: dimensions(metric.dimensions),
                  },
                  Period: p.periodSeconds,
                  Stat: metric.statistic,
                },
              })),
            ],
      EvaluationPeriods: p.evaluationPeriods,
      Threshold: p.threshold,
      ComparisonOperator: p.comparisonOperator,
      TreatMissingData: p.treatMissingData,
      AlarmActions: actions,
      OKActions: actions,
    });
  },
};
