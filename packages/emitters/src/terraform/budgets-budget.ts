import { BudgetsBudget } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const budgetTerraform: TerraformMapping<"aws.budgets.budget"> = {
  kind: "aws.budgets.budget",
  type: BudgetsBudget.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(BudgetsBudget.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, BudgetsBudget, {
      name: p.name,
      // Explicit, so the budget's id never depends on asking AWS who the caller is.
      accountId: ctx.accountId(),
      budgetType: "COST",
      limitAmount: p.limitAmountUsd,
      limitUnit: "USD",
      timeUnit: p.timeUnit,
      costFilter: p.costFilterTag
        ? [
            {
              name: "TagKeyValue",
              values: [ctx.value(`user:${p.costFilterTag.key}$${p.costFilterTag.value}`, node)],
            },
          ]
        : undefined,
      notification: p.notifications.map((notification) => ({
        notificationType: notification.notificationType,
        comparisonOperator: notification.comparisonOperator,
        threshold: notification.thresholdPercent,
        thresholdType: "PERCENTAGE",
        subscriberEmailAddresses:
          notification.subscriberEmails.length > 0 ? [...notification.subscriberEmails] : undefined,
        subscriberSnsTopicArns:
          notification.subscriberSnsTopicArns.length > 0
            ? ctx.values(notification.subscriberSnsTopicArns, node)
            : undefined,
      })),
      tags: ctx.tags(node),
    });
  },
};
