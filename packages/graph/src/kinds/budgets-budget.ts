import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.budgets.budget`: An AWS Budgets cost budget with alerts. */
export interface BudgetProps {
  readonly name: string;
  readonly limitAmountUsd: string;
  readonly timeUnit: "MONTHLY";
  readonly notifications: readonly {
    readonly notificationType: "ACTUAL" | "FORECASTED";
    readonly comparisonOperator: "GREATER_THAN";
    readonly thresholdPercent: number;
    readonly subscriberEmails: readonly string[];
    readonly subscriberSnsTopicArns: readonly Ref[];
  }[];
  /** Cost-allocation tag filter so the budget tracks only this application. */
  readonly costFilterTag?: { readonly key: string; readonly value: string };
}

export const budgetKind = declareKind<BudgetProps>()({
  kind: "aws.budgets.budget",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "An AWS Budgets cost budget with alerts.",
});
