import { single, type CloudFormationMapping } from "./mapping.js";

export const metricAlarmCloudFormation: CloudFormationMapping<"aws.cloudwatch.metric_alarm"> = {
  kind: "aws.cloudwatch.metric_alarm",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: single("AWS::CloudWatch::Alarm"),
  emit(node, ctx) {
    const p = node.props;
    const actions = ctx.values(p.alarmActions, node);
    ctx.add(node, "AWS::CloudWatch::Alarm", {
      AlarmName: p.name,
      AlarmDescription: p.description,
      Namespace: p.namespace,
      MetricName: p.metricName,
      Dimensions: Object.keys(p.dimensions)
        .sort()
        .map((Name) => ({ Name, Value: ctx.value(p.dimensions[Name]!, node) })),
      Statistic: p.statistic,
      Period: p.periodSeconds,
      EvaluationPeriods: p.evaluationPeriods,
      Threshold: p.threshold,
      ComparisonOperator: p.comparisonOperator,
      TreatMissingData: p.treatMissingData,
      AlarmActions: actions,
      OKActions: actions,
    });
  },
};
