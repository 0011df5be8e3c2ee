import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.kms.alias`: A readable alias for a KMS key. */
export interface KmsAliasProps {
  readonly name: string;
  readonly targetKeyId: Ref;
}

export const kmsAliasKind = declareKind<KmsAliasProps>()({
  kind: "aws.kms.alias",
  group: "security",
  attrs: ["id", "arn", "name"],
  description: "A readable alias for a KMS key.",
});
