import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.kinesis.stream`: A Kinesis data stream. */
export interface KinesisStreamProps {
  readonly name: string;
  readonly mode: "ON_DEMAND" | "PROVISIONED";
  readonly shardCount?: number;
  readonly retentionHours: number;
  readonly encryption: { readonly type: "KMS" | "NONE"; readonly kmsKeyId?: Ref };
}

export const kinesisStreamKind = declareKind<KinesisStreamProps>()({
  kind: "aws.kinesis.stream",
  group: "data",
  attrs: ["id", "arn", "name"],
  description: "A Kinesis data stream.",
});
