import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.sns.subscription`: An e-mail subscription to a topic. */
export interface SnsSubscriptionProps {
  readonly topicArn: Ref;
  readonly protocol: "email";
  readonly endpoint: string;
}

export const snsSubscriptionKind = declareKind<SnsSubscriptionProps>()({
  kind: "aws.sns.subscription",
  group: "operations",
  attrs: ["id", "arn"],
  description: "An e-mail subscription to a topic.",
});
