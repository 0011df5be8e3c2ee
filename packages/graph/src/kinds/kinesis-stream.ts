import type { Ref } from "../values.js";

/** `aws.kinesis.stream`: A Kinesis data stream. */
export interface KinesisStreamProps {
  readonly name: string;
  readonly mode: "ON_DEMAND" | "PROVISIONED";
  readonly shardCount?: number;
  readonly retentionHours: number;
  readonly encryption: { readonly type: "KMS" | "NONE"; readonly kmsKeyId?: Ref };
}

export const kinesisStreamKind = {
  kind: "aws.kinesis.stream",
  group: "data",
  attrs: ["id", "arn", "name"],
  description: "A Kinesis data stream.",
} as const;
