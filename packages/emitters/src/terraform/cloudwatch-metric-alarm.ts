import { CloudwatchMetricAlarm } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const metricAlarmTerraform: TerraformMapping<"aws.cloudwatch.metric_alarm"> = {
  kind: "aws.cloudwatch.metric_alarm",
  type: CloudwatchMetricAlarm.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "alarm_name" },
  resources: single(CloudwatchMetricAlarm.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const actions = ctx.values(p.alarmActions, node);
    const dimensions = (d: (typeof p)["dimensions"]) =>
      Object.fromEntries(
        Object.keys(d)
          .sort()
          .map((key) => [key, ctx.value(d[key]!, node)]),
      );
    // With metric math the alarm has queries instead of a metric of its own.
    const single = p.math === undefined;
    ctx.create(node, CloudwatchMetricAlarm, {
      alarmName: p.name,
      alarmDescription: p.description,
      namespace: single ? p.namespace : undefined,
      metricName: single ? p.metricName : undefined,
      dimensions: single ? dimensions(p.dimensions) : undefined,
      statistic: single ? p.statistic : undefined,
      period: single ? p.periodSeconds : undefined,
      metricQuery:
        p.math === undefined
          ? undefined
          : [
              {
                id: "e1",
                expression: p.math.expression,
                label: p.math.label,
                returnData: true,
              },
              ...p.math.metrics.map((metric) => ({
                id: metric.id,
                returnData: false,
                metric: {
                  namespace: metric.namespace,
                  metricName: metric.metricName,
                  dimensions: dimensions(metric.dimensions),
                  stat: metric.statistic,
                  period: p.periodSeconds,
                },
              })),
            ],
      evaluationPeriods: p.evaluationPeriods,
      threshold: p.threshold,
      comparisonOperator: p.comparisonOperator,
      treatMissingData: p.treatMissingData,
      alarmActions: actions,
      okActions: actions,
      tags: ctx.tags(node),
    });
  },
};
