import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.sqs.queue`: An SQS queue. */
export interface QueueProps {
  readonly name: string;
  readonly fifo: boolean;
  readonly messageRetentionSeconds: number;
  readonly visibilityTimeoutSeconds: number;
  readonly kmsMasterKeyId?: Ref;
  readonly sqsManagedSse: boolean;
  readonly redrive?: { readonly deadLetterTargetArn: Ref; readonly maxReceiveCount: number };
}

export const queueKind = declareKind<QueueProps>()({
  kind: "aws.sqs.queue",
  group: "data",
  attrs: ["id", "arn", "url", "name"],
  description: "An SQS queue.",
});
