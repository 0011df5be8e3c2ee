import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.lambda.event_source_mapping`: Feeds a queue or stream to a function. */
export interface EventSourceMappingProps {
  readonly functionName: Ref;
  readonly eventSourceArn: Ref;
  readonly batchSize: number;
  readonly startingPosition?: "LATEST" | "TRIM_HORIZON";
  readonly maximumBatchingWindowSeconds?: number;
  /**
   * SQS only: most concurrent invocations this queue drives (2-1000). Caps a
   * consumer without reserving any of the account's concurrency.
   */
  readonly maximumConcurrency?: number;
}

export const eventSourceMappingKind = declareKind<EventSourceMappingProps>()({
  kind: "aws.lambda.event_source_mapping",
  group: "compute",
  attrs: ["id", "uuid"],
  description: "Feeds a queue or stream to a function.",
});
