import type { Ref } from "../values.js";

/** `aws.kms.alias`: A readable alias for a KMS key. */
export interface KmsAliasProps {
  readonly name: string;
  readonly targetKeyId: Ref;
}

export const kmsAliasKind = {
  kind: "aws.kms.alias",
  group: "security",
  attrs: ["id", "arn", "name"],
  description: "A readable alias for a KMS key.",
} as const;
