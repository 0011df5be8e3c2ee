import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.sns.topic`: An SNS topic for alarms and budget alerts. */
export interface SnsTopicProps {
  readonly name: string;
  readonly kmsMasterKeyId?: Ref | string;
  /** Service principals allowed to publish via the topic policy (e.g. `budgets.amazonaws.com`). */
  readonly publishers?: readonly string[];
}

export const snsTopicKind = declareKind<SnsTopicProps>()({
  kind: "aws.sns.topic",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "An SNS topic for alarms and budget alerts.",
});
