import { CloudwatchMetricAlarm } from "@cdktf/provider-aws/lib/cloudwatch-metric-alarm/index.js";
import { single, type TerraformMapping } from "./mapping.js";

export const metricAlarmTerraform: TerraformMapping<"aws.cloudwatch.metric_alarm"> = {
  kind: "aws.cloudwatch.metric_alarm",
  type: CloudwatchMetricAlarm.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "alarm_name" },
  resources: single(CloudwatchMetricAlarm.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const actions = ctx.values(p.alarmActions, node);
    ctx.create(node, CloudwatchMetricAlarm, {
      alarmName: p.name,
      alarmDescription: p.description,
      namespace: p.namespace,
      metricName: p.metricName,
      dimensions: Object.fromEntries(
        Object.keys(p.dimensions)
          .sort()
          .map((key) => [key, ctx.value(p.dimensions[key]!, node)]),
      ),
      statistic: p.statistic,
      period: p.periodSeconds,
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
