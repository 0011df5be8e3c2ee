import { single, type CloudFormationMapping } from "./mapping.js";

export const budgetCloudFormation: CloudFormationMapping<"aws.budgets.budget"> = {
  kind: "aws.budgets.budget",
  attrs: {
    id: "Ref",
    arn: (_id, node) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:budgets::\${AWS::AccountId}:budget/${(node.props as { name: string }).name}`,
    }),
    name: (_id, node) => (node.props as { name: string }).name,
  },
  resources: single("AWS::Budgets::Budget"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::Budgets::Budget", {
      Budget: {
        BudgetName: p.name,
        BudgetType: "COST",
        TimeUnit: p.timeUnit,
        BudgetLimit: { Amount: Number(p.limitAmountUsd), Unit: "USD" },
        ...(p.costFilterTag
          ? {
              CostFilters: {
                TagKeyValue: [`user:${p.costFilterTag.key}$${p.costFilterTag.value}`],
              },
            }
          : {}),
      },
      NotificationsWithSubscribers: p.notifications.map((notification) => ({
        Notification: {
          NotificationType: notification.notificationType,
          ComparisonOperator: notification.comparisonOperator,
          Threshold: notification.thresholdPercent,
          ThresholdType: "PERCENTAGE",
        },
        Subscribers: [
          ...notification.subscriberEmails.map((Address) => ({
            SubscriptionType: "EMAIL",
            Address,
          })),
          ...notification.subscriberSnsTopicArns.map((arn) => ({
            SubscriptionType: "SNS",
            Address: ctx.value(arn, node),
          })),
        ],
      })),
    });
  },
};
